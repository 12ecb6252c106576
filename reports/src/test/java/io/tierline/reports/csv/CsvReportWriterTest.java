package io.tierline.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.reports.Report;
import io.tierline.reports.ReportFormat;
import io.tierline.reports.SampleReports;
import io.tierline.reports.focus.FocusColumn;
import io.tierline.reports.testing.CsvTable;
import io.tierline.reports.testing.Formats;
import io.tierline.reports.testing.Golden;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

  @Test
  void write_smallCluster_matchesGoldenFile() throws Exception {
    Golden.assertMatches(
        "small-cluster.csv",
        Formats.text(SampleReports.smallClusterWithHistory(), ReportFormat.CSV));
  }

  @Test
  void write_smallCluster_hasFocusHeaderAndOneRecordPerRow() throws Exception {
    Report report = SampleReports.smallClusterWithHistory();
    CsvTable csv = CsvTable.parse(Formats.text(report, ReportFormat.CSV));

    assertThat(csv.header())
        .containsExactlyElementsOf(
            Arrays.stream(FocusColumn.values()).map(FocusColumn::columnName).toList());
    assertThat(csv.rows()).hasSize(report.rows().size());
    assertThat(csv.rows().get(0))
        .containsEntry("ResourceId", "prod-eu-1/payments.orders")
        .containsEntry("ChargeCategory", "Usage")
        .containsEntry("ChargePeriodStart", "2026-11-01T00:00:00Z");
  }

  @Test
  void write_labelWithCommaQuotesAndAccent_roundTripsThroughQuoting() throws Exception {
    CsvTable csv =
        CsvTable.parse(Formats.text(SampleReports.smallClusterWithHistory(), ReportFormat.CSV));

    assertThat(csv.rows())
        .filteredOn(row -> row.get("ResourceName").equals("checkout.events"))
        .allSatisfy(
            row ->
                assertThat(row.get("Tags"))
                    .isEqualTo(
                        "{\"team\":\"checkout\",\"cost-centre\":\"CC-205, \\\"Growth\\\""
                            + " équipe\"}"));
  }
}
