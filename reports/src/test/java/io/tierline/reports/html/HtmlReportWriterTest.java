package io.tierline.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.reports.ChargePeriod;
import io.tierline.reports.CostCategory;
import io.tierline.reports.CostRow;
import io.tierline.reports.Quantity;
import io.tierline.reports.Recommendation;
import io.tierline.reports.Report;
import io.tierline.reports.ReportFormat;
import io.tierline.reports.SampleReports;
import io.tierline.reports.testing.Formats;
import io.tierline.reports.testing.Golden;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
  private static final String HOSTILE = "<script>alert('x')</script>\"&";

  @Test
  void write_smallCluster_matchesGoldenFile() throws Exception {
    Golden.assertMatches("small-cluster.html", Formats.text(SampleReports.smallClusterWithHistory(), ReportFormat.HTML));
  }

  @Test
  void write_smallCluster_showsEverySectionWithUnits() throws Exception {
    String html = Formats.text(SampleReports.smallClusterWithHistory(), ReportFormat.HTML);

    assertThat(html).contains("November 2026", "What the money pays for", "Cost by team",
        "What the recommendations would save", "most expensive topics", "How the cost has changed",
        "The assumptions and prices behind these numbers", "Cross-zone network", "unassigned");
    assertThat(Pattern.compile("<svg ").matcher(html).results().count()).isEqualTo(4);
    assertThat(html).contains("$0.023").contains("USD per GB-month");
  }

  @Test
  void write_userText_isEscapedEverywhere() throws Exception {
    ChargePeriod period = ChargePeriod.of("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");
    CostRow row = new CostRow("t1", HOSTILE, Map.of("note", HOSTILE), CostCategory.LOCAL_DISK, period,
        BigDecimal.TEN, Quantity.of("1", "GB-month"), Quantity.of("2", "GB-month"), 1, 0);
    Report report = new Report(HOSTILE, "USD", Instant.parse("2026-11-22T00:00:00Z"), List.of(), List.of(),
        List.of(row), List.of(new Recommendation("t1", HOSTILE, BigDecimal.ONE, List.of(HOSTILE))), List.of());

    String html = Formats.text(report, ReportFormat.HTML);

    assertThat(html).doesNotContain("<script").doesNotContain("alert('x')")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;");
  }

  @Test
  void write_anyReport_fetchesNothingFromTheNetwork() throws Exception {
    String html = Formats.text(SampleReports.largeCluster(300), ReportFormat.HTML);

    assertThat(html.replace("http://www.w3.org/2000/svg", ""))
        .doesNotContain("http:").doesNotContain("https:").doesNotContain("url(").doesNotContain("@import")
        .doesNotContain(" src=").doesNotContain("<link").doesNotContain("<script");
    assertThat(html).contains("default-src 'none'");
  }

  @Test
  void write_manyTopics_listsTwentyAndSumsTheRest() throws Exception {
    String html = Formats.text(SampleReports.largeCluster(300), ReportFormat.HTML);

    assertThat(html).contains("The 20 most expensive topics").contains("All other topics (280)")
        .contains("All other teams (29)");
  }

  @Test
  void write_noHistory_leavesTheTrendOut() throws Exception {
    String html = Formats.text(SampleReports.largeCluster(10), ReportFormat.HTML);

    assertThat(html).doesNotContain("How the cost has changed");
  }
}
