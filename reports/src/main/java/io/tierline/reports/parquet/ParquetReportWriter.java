package io.tierline.reports.parquet;

import io.tierline.reports.CostRow;
import io.tierline.reports.Report;
import io.tierline.reports.ReportFormat;
import io.tierline.reports.ReportWriter;
import io.tierline.reports.focus.FocusRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;

/**
 * Writes the report as a zstd-compressed Parquet file with the FOCUS columns, typed: costs and
 * quantities DECIMAL(18, 6), charge periods TIMESTAMP (UTC, microseconds), bytes INT64, text UTF-8.
 * One row per cost row. The cluster and currency are also in the file's key-value metadata.
 */
public final class ParquetReportWriter implements ReportWriter {

  @Override
  public ReportFormat format() {
    return ReportFormat.PARQUET;
  }

  @Override
  public void write(Report report, OutputStream out) throws IOException {
    Map<String, String> metadata =
        Map.of(
            "tierline.cluster", report.cluster(),
            "tierline.currency", report.currency(),
            "tierline.generatedAt", report.generatedAt().toString());
    try (ParquetWriter<FocusRecord> parquet =
        new Builder(new StreamOutputFile(out), metadata)
            .withCompressionCodec(CompressionCodecName.ZSTD)
            .withDictionaryEncoding(true)
            .build()) {
      for (CostRow row : report.rows()) {
        parquet.write(FocusRecord.of(report, row));
      }
    }
  }

  private static final class Builder extends ParquetWriter.Builder<FocusRecord, Builder> {
    private final Map<String, String> metadata;

    Builder(OutputFile file, Map<String, String> metadata) {
      super(file);
      this.metadata = metadata;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<FocusRecord> getWriteSupport(Configuration conf) {
      return new FocusWriteSupport(metadata);
    }
  }
}
