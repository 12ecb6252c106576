package io.tierline.reports.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierline.reports.Report;
import io.tierline.reports.ReportFormat;
import io.tierline.reports.SampleReports;
import io.tierline.reports.testing.Formats;
import io.tierline.reports.testing.Golden;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void write_smallCluster_matchesGoldenFile() throws Exception {
    Golden.assertMatches(
        "small-cluster.json",
        Formats.text(SampleReports.smallClusterWithHistory(), ReportFormat.JSON));
  }

  @Test
  void write_smallCluster_totalsEqualTheSumOfTheRows() throws Exception {
    Report report = SampleReports.smallClusterWithHistory();
    JsonNode json = MAPPER.readTree(Formats.bytes(report, ReportFormat.JSON));

    BigDecimal rowSum = BigDecimal.ZERO;
    for (JsonNode row : json.get("rows")) {
      rowSum = rowSum.add(row.get("cost").decimalValue());
    }
    assertThat(json.get("rows")).hasSize(report.rows().size());
    assertThat(json.at("/totals/cost").decimalValue()).isEqualByComparingTo(rowSum);
    assertThat(json.at("/totals/byTeam/unassigned").decimalValue()).isPositive();
  }

  @Test
  void write_measured_givesEachMeasuredFigureBesideTheModelled() throws Exception {
    JsonNode json =
        MAPPER.readTree(Formats.bytes(SampleReports.smallClusterMeasured(), ReportFormat.JSON));

    JsonNode tiered = json.at("/measured/0");
    assertThat(tiered.get("topic").asText()).isEqualTo("payments.transactions");
    assertThat(tiered.get("remoteBytes").asLong()).isEqualTo(37_748_736);
    assertThat(tiered.get("modelledRemoteBytes").asLong()).isEqualTo(39_321_600);
    assertThat(tiered.get("putsPerMonth").asLong()).isEqualTo(910_000);
    assertThat(tiered.get("modelledPutsPerMonth").asLong()).isEqualTo(915_000);
    assertThat(tiered.get("requestsMonthlyCost").decimalValue()).isEqualByComparingTo("4.82");
    JsonNode idle = json.at("/measured/1");
    assertThat(idle.has("getsPerMonth")).as("a figure not measured is left out").isFalse();
    assertThat(idle.get("modelledGetsPerMonth").asLong()).isZero();
    assertThat(
            MAPPER
                .readTree(Formats.bytes(SampleReports.smallClusterWithHistory(), ReportFormat.JSON))
                .has("measured"))
        .isFalse();
  }

  @Test
  void write_amounts_areNumbersInPlainNotation() throws Exception {
    String json = Formats.text(SampleReports.smallClusterWithHistory(), ReportFormat.JSON);

    assertThat(json).doesNotContainPattern("\\d[eE][+-]?\\d");
    assertThat(json).contains("\"monthlySavings\" : 454.720000");
  }
}
