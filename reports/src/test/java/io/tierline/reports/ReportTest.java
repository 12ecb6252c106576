package io.tierline.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final ChargePeriod NOVEMBER = SampleReports.NOVEMBER_2026;
  private static final ChargePeriod OCTOBER =
      ChargePeriod.of("2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z");

  @Test
  void totals_smallCluster_sumRowsByCategoryTeamAndTopic() {
    ReportTotals totals = SampleReports.smallClusterWithHistory().totals();

    assertThat(totals.byCategory().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(totals.total());
    assertThat(totals.byTeam().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(totals.total());
    assertThat(totals.byTeam()).containsKey(CostRow.UNASSIGNED_TEAM);
    assertThat(totals.byTopic().keySet()).first().isEqualTo("audit.log");
    assertThat(totals.savings()).isEqualByComparingTo("572.86");
    assertThat(totals.latestPeriodCostAfterRecommendations())
        .isEqualByComparingTo(totals.total().subtract(new BigDecimal("572.86")));
  }

  @Test
  void constructor_amount_isRoundedOnceToSixDecimals() {
    CostRow row = row("t", NOVEMBER, "0.12345649");

    assertThat(row.cost()).isEqualTo(new BigDecimal("0.123456"));
  }

  @Test
  void constructor_tinyPrice_isKeptExactly() {
    Price perRequest =
        new Price("GET request", new BigDecimal("0.00000040"), "USD per request", "list");

    assertThat(perRequest.amount()).isEqualTo(new BigDecimal("0.0000004"));
    assertThat(new Price("Disk", new BigDecimal("80.00"), "USD", "list").amount())
        .isEqualTo(new BigDecimal("80"));
  }

  @Test
  void constructor_negativeCost_namesTheField() {
    assertThatThrownBy(() -> row("t", NOVEMBER, "-1"))
        .isInstanceOf(InvalidReportException.class)
        .hasMessage("row.cost must be zero or more, was -1");
  }

  @Test
  void constructor_costTooLargeForParquet_isRejected() {
    assertThatThrownBy(() -> row("t", NOVEMBER, "1000000000000"))
        .isInstanceOf(InvalidReportException.class)
        .hasMessageStartingWith("row.cost is too large");
  }

  @Test
  void constructor_badCurrency_namesTheField() {
    assertThatThrownBy(() -> report("dollars", List.of()))
        .isInstanceOf(InvalidReportException.class)
        .hasMessage("report.currency must be an ISO 4217 code such as USD, was dollars");
  }

  @Test
  void constructor_periodEndingBeforeItStarts_isRejected() {
    assertThatThrownBy(() -> ChargePeriod.of("2026-11-02T00:00:00Z", "2026-11-01T00:00:00Z"))
        .isInstanceOf(InvalidReportException.class)
        .hasMessageStartingWith("chargePeriod.end must be after start");
  }

  @Test
  void constructor_twoRowsForTheSameTopicCategoryAndPeriod_areRejected() {
    assertThatThrownBy(
            () -> report("USD", List.of(row("t", NOVEMBER, "1"), row("t", NOVEMBER, "2"))))
        .isInstanceOf(InvalidReportException.class)
        .hasMessageContaining("has two rows for topic t");
  }

  @Test
  void constructor_teamAsLabel_isRejected() {
    assertThatThrownBy(
            () ->
                new CostRow(
                    "t",
                    "a",
                    Map.of("team", "b"),
                    CostCategory.COMPUTE,
                    SampleRows.BROKER_SKU,
                    NOVEMBER,
                    SampleRows.BROKER_HOUR,
                    Quantity.of("1", Quantity.HOURS),
                    Quantity.of("1", Quantity.HOURS),
                    0,
                    0))
        .isInstanceOf(InvalidReportException.class)
        .hasMessageStartingWith("row.labels must not hold");
  }

  @Test
  void onlyPeriod_twoPeriods_keepsTheRowsOfOne() {
    Report report = report("USD", List.of(row("t", OCTOBER, "1"), row("t", NOVEMBER, "2")));

    assertThat(report.periods()).containsExactly(OCTOBER, NOVEMBER);
    assertThat(report.totals().latestPeriodCost()).isEqualByComparingTo("2");
    assertThat(report.onlyPeriod(OCTOBER).totals().total()).isEqualByComparingTo("1");
  }

  private static CostRow row(String topic, ChargePeriod period, String cost) {
    return SampleReports.diskRow(topic, "team", period, cost);
  }

  private static Report report(String currency, List<CostRow> rows) {
    return SampleReports.of("c", currency, rows, List.of(), List.of());
  }
}
