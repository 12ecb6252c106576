package io.tierline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.reports.testing.CsvTable;
import io.tierline.reports.testing.Formats;
import io.tierline.reports.testing.ParquetTable;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportWritersTest {
  private static final Report EMPTY = new Report("idle", "USD", Instant.parse("2026-11-22T00:00:00Z"),
      List.of(), List.of(), List.of(), List.of(), List.of());

  @Test
  void write_reportWithoutRows_givesAValidEmptyFileInEveryFormat() throws Exception {
    assertThat(CsvTable.parse(Formats.text(EMPTY, ReportFormat.CSV)).rows()).isEmpty();
    assertThat(ParquetTable.read(Formats.bytes(EMPTY, ReportFormat.PARQUET)).rows()).isEmpty();
    assertThat(Formats.text(EMPTY, ReportFormat.JSON)).contains("\"cost\" : 0.000000", "\"rows\" : [ ]");
    assertThat(Formats.text(EMPTY, ReportFormat.HTML)).contains("no charge period", "$0.00");
  }

  @Test
  void write_sameReportTwice_givesTheSameBytes() throws Exception {
    Report report = SampleReports.smallClusterWithHistory();
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(Formats.bytes(report, format)).as(format.name()).isEqualTo(Formats.bytes(report, format));
    }
  }
}
