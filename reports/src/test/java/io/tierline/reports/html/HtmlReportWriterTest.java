package io.tierline.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.reports.ChargePeriod;
import io.tierline.reports.CostCategory;
import io.tierline.reports.CostRow;
import io.tierline.reports.HistoryPoint;
import io.tierline.reports.Quantity;
import io.tierline.reports.Recommendation;
import io.tierline.reports.Report;
import io.tierline.reports.ReportFormat;
import io.tierline.reports.SampleReports;
import io.tierline.reports.testing.Formats;
import io.tierline.reports.testing.Golden;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
  private static final String HOSTILE = "<script>alert('x')</script>\"&";

  @Test
  void write_smallCluster_matchesGoldenFile() throws Exception {
    Golden.assertMatches(
        "small-cluster.html",
        Formats.text(SampleReports.smallClusterWithHistory(), ReportFormat.HTML));
  }

  @Test
  void write_measured_showsMeasuredBesideModelledAndEscapesNames() throws Exception {
    String html = Formats.text(SampleReports.smallClusterMeasured(), ReportFormat.HTML);

    assertThat(html)
        .contains("<h2>Remote storage: measured and modelled</h2>")
        .contains("<td class=\"name\">payments.transactions</td>")
        .contains("<td class=\"num\">36.0 MB</td><td class=\"num\">37.5 MB</td>")
        .contains("<td class=\"num\">910,000</td><td class=\"num\">915,000</td>")
        .contains("<td class=\"num\">$4.82</td><td class=\"num\">$4.81</td>")
        .contains("audit.&lt;archive&gt;")
        .doesNotContain("audit.<archive>");
    assertThat(Formats.text(SampleReports.smallClusterWithHistory(), ReportFormat.HTML))
        .doesNotContain("measured and modelled");
  }

  @Test
  void write_smallCluster_showsEverySectionWithUnits() throws Exception {
    String html = Formats.text(SampleReports.smallClusterWithHistory(), ReportFormat.HTML);

    assertThat(html)
        .contains(
            "November 2026",
            "What the money pays for",
            "Cost by team",
            "What the recommendations would save",
            "most expensive topics",
            "How the cost has changed",
            "The assumptions and prices behind these numbers",
            "Cross-zone network",
            "unassigned");
    assertThat(Pattern.compile("<svg ").matcher(html).results().count()).isEqualTo(4);
    assertThat(html).contains("$0.023").contains("USD per GB-month");
  }

  private static CostRow diskRow(String topic, ChargePeriod period, String cost) {
    return SampleReports.diskRow(topic, "team", period, cost);
  }

  @Test
  void write_userText_isEscapedEverywhere() throws Exception {
    ChargePeriod period = ChargePeriod.of("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");
    CostRow row =
        new CostRow(
            "t1",
            HOSTILE,
            Map.of("note", HOSTILE),
            CostCategory.LOCAL_DISK,
            SampleReports.diskRow("t1", "x", period, "10").sku(),
            period,
            BigDecimal.TEN,
            Quantity.of("10", Quantity.GB_MONTHS),
            Quantity.of("10", Quantity.GB_MONTHS),
            1,
            0);
    Report report =
        SampleReports.of(
            HOSTILE,
            "USD",
            List.of(row),
            List.of(new Recommendation("t1", HOSTILE, BigDecimal.ONE, List.of(HOSTILE))),
            List.of());

    String html = Formats.text(report, ReportFormat.HTML);

    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("alert('x')")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;");
  }

  @Test
  void write_anyReport_fetchesNothingFromTheNetwork() throws Exception {
    String html = Formats.text(SampleReports.largeCluster(300), ReportFormat.HTML);

    assertThat(html.replace("http://www.w3.org/2000/svg", ""))
        .doesNotContain("http:")
        .doesNotContain("https:")
        .doesNotContain("url(")
        .doesNotContain("@import")
        .doesNotContain(" src=")
        .doesNotContain("<link")
        .doesNotContain("<script");
    assertThat(html).contains("default-src 'none'");
  }

  @Test
  void write_manyTopics_listsTwentyAndSumsTheRest() throws Exception {
    String html = Formats.text(SampleReports.largeCluster(300), ReportFormat.HTML);

    assertThat(html)
        .contains("The 20 most expensive topics")
        .contains("All other topics (280)")
        .contains("All other teams (29)");
  }

  @Test
  void write_twoPeriods_speaksOfTheLatestAndListsBoth() throws Exception {
    ChargePeriod october = ChargePeriod.of("2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z");
    ChargePeriod november = ChargePeriod.of("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");
    Report report =
        SampleReports.of(
            "c",
            "EUR",
            List.of(diskRow("t1", october, "100"), diskRow("t1", november, "250")),
            List.of(),
            List.of());

    String html = Formats.text(report, ReportFormat.HTML);

    assertThat(html)
        .contains("Cost per period", "October 2026", "November 2026")
        .contains("<div class=\"card-value\">€250.00</div>");
  }

  @Test
  void write_longHistory_chartsTheLatestTwelvePeriods() throws Exception {
    Report sample = SampleReports.smallClusterWithHistory();
    List<HistoryPoint> history = new ArrayList<>();
    for (int month = 1; month <= 18; month++) {
      ZonedDateTime start =
          ZonedDateTime.of(2025, 5, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusMonths(month - 1);
      history.add(
          new HistoryPoint(
              new ChargePeriod(start.toInstant(), start.plusMonths(1).toInstant()),
              BigDecimal.valueOf(1000 + month)));
    }
    Report report =
        SampleReports.of(
            sample.cluster(), sample.currency(), sample.rows(), sample.recommendations(), history);

    String html = Formats.text(report, ReportFormat.HTML);

    String chart = html.substring(html.indexOf("Total cost per period</title>"));
    chart = chart.substring(0, chart.indexOf("</svg>"));
    assertThat(Pattern.compile("<rect ").matcher(chart).results().count()).isEqualTo(12);
    assertThat(chart).contains("Nov &#39;26").doesNotContain("Oct &#39;25");
    assertThat(html).contains("<td>May 2025</td>");
  }

  @Test
  void write_noHistory_leavesTheTrendOut() throws Exception {
    String html = Formats.text(SampleReports.largeCluster(10), ReportFormat.HTML);

    assertThat(html).doesNotContain("How the cost has changed");
  }
}
