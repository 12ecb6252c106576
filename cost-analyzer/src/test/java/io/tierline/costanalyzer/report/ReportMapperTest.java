package io.tierline.costanalyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.costanalyzer.analysis.ClusterAnalysis;
import io.tierline.costanalyzer.analysis.ClusterAnalyzer;
import io.tierline.costanalyzer.api.AnalysisResponse;
import io.tierline.costanalyzer.inventory.ClusterSnapshot;
import io.tierline.costanalyzer.inventory.SnapshotLoader;
import io.tierline.costanalyzer.pricing.PriceCatalog;
import io.tierline.costanalyzer.pricing.PriceCatalogLoader;
import io.tierline.costanalyzer.recommend.RuleSettings;
import io.tierline.costanalyzer.settings.EstimateDefaults;
import io.tierline.reports.ChargePeriod;
import io.tierline.reports.CostCategory;
import io.tierline.reports.CostRow;
import io.tierline.reports.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample cluster's analysis as a report: the same money as the REST answer, to the cent. */
class ReportMapperTest {

  static ClusterAnalysis analysis;
  static PriceCatalog catalog;
  static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

  @BeforeAll
  static void analyze() throws Exception {
    Path file = Path.of("../config/snapshots/sample-cluster.yaml");
    ClusterSnapshot s = new SnapshotLoader().read(file.toString(), Files.readAllBytes(file));
    catalog = new PriceCatalogLoader().load(Path.of("../config/pricing")).get("aws-us-east-1");
    analysis =
        new ClusterAnalyzer(EstimateDefaults.standard(), RuleSettings.defaults())
            .analyze(s, catalog);
  }

  @Test
  void map_rowPerTopicAndCategory_totalsEqualTheRestAnswer() {
    Report r = new ReportMapper().map(analysis, catalog, List.of(), AT);
    AnalysisResponse rest = AnalysisResponse.of(analysis);
    assertThat(r.rows()).hasSize(analysis.topics().size() * 4);
    assertThat(r.totals().total()).isEqualByComparingTo(rest.totals().totalMonthlyCost());
    assertThat(r.totals().byCategory().get(CostCategory.LOCAL_DISK))
        .isEqualByComparingTo(rest.totals().storage().diskMonthlyCost());
    assertThat(r.totals().byCategory().get(CostCategory.CROSS_ZONE_NETWORK))
        .isEqualByComparingTo(rest.totals().network().monthlyCost());
    assertThat(r.totals().savings()).isEqualByComparingTo(rest.totalMonthlySavings());
    assertThat(r.recommendations()).hasSize(rest.recommendations().size());
  }

  @Test
  void map_teamOnEveryRow_periodIsTheMonth_pricesNameTheirSource() {
    Report r = new ReportMapper().map(analysis, catalog, List.of(), AT);
    CostRow row =
        r.rows().stream()
            .filter(x -> x.topic().equals("payments.transactions"))
            .findFirst()
            .orElseThrow();
    assertThat(row.team()).isEqualTo("payments");
    assertThat(row.period())
        .isEqualTo(ChargePeriod.of("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z"));
    assertThat(r.prices()).allSatisfy(p -> assertThat(p.source()).isNotBlank());
    assertThat(r.assumptions())
        .anySatisfy(a -> assertThat(a.label()).isEqualTo("Availability zones"));
  }
}
