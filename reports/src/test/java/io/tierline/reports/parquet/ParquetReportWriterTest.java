package io.tierline.reports.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.reports.ReportFormat;
import io.tierline.reports.SampleReports;
import io.tierline.reports.testing.Formats;
import io.tierline.reports.testing.Golden;
import io.tierline.reports.testing.ParquetTable;
import java.math.BigDecimal;
import java.time.Instant;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.junit.jupiter.api.Test;

class ParquetReportWriterTest {

  @Test
  void write_smallCluster_readsBackAsGoldenFile() throws Exception {
    ParquetTable table =
        ParquetTable.read(
            Formats.bytes(SampleReports.smallClusterWithHistory(), ReportFormat.PARQUET));

    Golden.assertMatches("small-cluster.parquet.txt", table.dump());
  }

  @Test
  void write_columns_areTypedAndCompressed() throws Exception {
    ParquetTable table =
        ParquetTable.read(
            Formats.bytes(SampleReports.smallClusterWithHistory(), ReportFormat.PARQUET));
    MessageType schema = table.metadata().getSchema();

    assertThat(schema.getType("BilledCost").getLogicalTypeAnnotation())
        .isEqualTo(LogicalTypeAnnotation.decimalType(6, 18));
    assertThat(schema.getType("ChargePeriodStart").getLogicalTypeAnnotation())
        .isEqualTo(
            LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS));
    assertThat(schema.getType("x_LocalBytes").asPrimitiveType().getPrimitiveTypeName())
        .isEqualTo(PrimitiveTypeName.INT64);
    assertThat(table.codecs()).contains("ZSTD").doesNotContain("UNCOMPRESSED");
    assertThat(table.rows().get(0))
        .containsEntry("ChargePeriodStart", Instant.parse("2026-11-01T00:00:00Z"))
        .containsEntry("BilledCost", new BigDecimal("144.000000"))
        .containsEntry("x_LocalBytes", 900L << 30);
  }
}
