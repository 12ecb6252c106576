package io.tierline.costanalyzer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import io.tierline.reports.CostBasis;
import io.tierline.reports.CostCategory;
import io.tierline.reports.CostRow;
import io.tierline.reports.Quantity;
import io.tierline.reports.Report;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample cluster's analysis as a report: the REST answer's money, priced row by row. */
class ReportMapperTest {

  static final Path SAMPLE = Path.of("../config/snapshots/sample-cluster.yaml");
  static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");
  static final CostBasis BASIS = new CostBasis(CostBasis.Kind.ESTIMATE, "the sample snapshot");
  static PriceCatalog catalog;
  static ClusterAnalysis analysis;

  @BeforeAll
  static void analyze() throws Exception {
    catalog = new PriceCatalogLoader().load(Path.of("../config/pricing")).get("aws-us-east-1");
    analysis = analyze(Files.readString(SAMPLE, StandardCharsets.UTF_8));
  }

  static ClusterAnalysis analyze(String snapshot) {
    ClusterSnapshot s =
        new SnapshotLoader().read("sample", snapshot.getBytes(StandardCharsets.UTF_8));
    return new ClusterAnalyzer(EstimateDefaults.standard(), RuleSettings.defaults())
        .analyze(s, catalog);
  }

  static Report map(ClusterAnalysis a, BillingNames names) {
    return new ReportMapper().map(a, catalog, names, BASIS, List.of(), AT);
  }

  @Test
  void map_categories_equalTheRestAnswerWithinRounding() {
    Report r = map(analysis, BillingNames.defaults());
    AnalysisResponse rest = AnalysisResponse.of(analysis);
    // The REST answer rounds each topic to the cent; the report prices exact quantities.
    double cents = 0.005 * analysis.topics().size();
    assertThat(r.totals().byCategory().get(CostCategory.LOCAL_DISK).doubleValue())
        .isCloseTo(rest.totals().storage().diskMonthlyCost().doubleValue(), within(cents));
    assertThat(r.totals().byCategory().get(CostCategory.OBJECT_STORAGE).doubleValue())
        .isCloseTo(rest.totals().storage().objectStorageMonthlyCost().doubleValue(), within(cents));
    assertThat(r.totals().byCategory().get(CostCategory.CROSS_ZONE_NETWORK).doubleValue())
        .isCloseTo(rest.totals().network().monthlyCost().doubleValue(), within(cents));
    assertThat(r.totals().byCategory().get(CostCategory.REQUESTS).doubleValue())
        .isCloseTo(rest.totals().requests().monthlyCost().doubleValue(), within(cents));
    assertThat(r.totals().byCategory().get(CostCategory.COMPUTE).doubleValue())
        .isCloseTo(rest.compute().monthlyCost().doubleValue(), within(0.005));
    assertThat(r.totals().savings()).isEqualByComparingTo(rest.totalMonthlySavings());
    assertThat(r.recommendations()).hasSize(rest.recommendations().size());
  }

  @Test
  void map_everyTopic_hasALocalDiskRowAndItsTeam() {
    Report r = map(analysis, BillingNames.defaults());

    Map<String, Long> diskRows =
        r.rows().stream()
            .filter(row -> row.category() == CostCategory.LOCAL_DISK)
            .collect(Collectors.groupingBy(CostRow::topic, Collectors.counting()));
    assertThat(diskRows)
        .hasSize(analysis.topics().size())
        .allSatisfy((t, n) -> assertThat(n).isOne());
    CostRow row =
        r.rows().stream()
            .filter(x -> x.topic().equals("payments.transactions"))
            .findFirst()
            .orElseThrow();
    assertThat(row.team()).isEqualTo("payments");
    assertThat(row.pricing().unit()).isEqualTo(Quantity.GIB_MONTHS);
    assertThat(row.sku().id()).isEqualTo("aws-us-east-1/disk/gp3");
    assertThat(r.rows())
        .allSatisfy(
            x ->
                assertThat(x.cost())
                    .isEqualByComparingTo(x.sku().listUnitPrice().multiply(x.pricing().amount())));
  }

  @Test
  void map_period_isTheMonthTheEstimateIsFor() {
    Report r = map(analysis, BillingNames.defaults());

    assertThat(r.periods())
        .containsExactly(ChargePeriod.of("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z"));
    assertThat(r.basis()).isEqualTo(BASIS);
  }

  @Test
  void map_knownInstanceType_sharesTheClustersBrokerHoursOutExactly() {
    Report r = map(analysis, BillingNames.defaults());

    List<CostRow> compute =
        r.rows().stream().filter(x -> x.category() == CostCategory.COMPUTE).toList();
    // Six brokers in the snapshot, m7i.2xlarge at $0.4032 an hour, 730 hours.
    assertThat(
            compute.stream()
                .map(x -> x.pricing().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("4380");
    assertThat(r.totals().byCategory().get(CostCategory.COMPUTE)).isEqualByComparingTo("1766.016");
    assertThat(r.unpriced()).isEmpty();
    assertThat(r.assumptions())
        .anySatisfy(a -> assertThat(a.label() + "=" + a.value()).isEqualTo("Brokers=6"));
  }

  @Test
  void map_noInstanceType_saysComputeIsNotPricedInsteadOfAZero() throws Exception {
    String snapshot =
        Files.readString(SAMPLE, StandardCharsets.UTF_8).replace("instanceType: m7i.2xlarge\n", "");
    Report r = map(analyze(snapshot), BillingNames.defaults());

    assertThat(r.rows()).noneMatch(x -> x.category() == CostCategory.COMPUTE);
    assertThat(r.unpriced())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.category()).isEqualTo(CostCategory.COMPUTE);
              assertThat(u.reason()).contains("instance type is unknown", "m7i.2xlarge");
            });
  }

  @Test
  void map_instanceTypeNotInTheCatalog_namesIt() throws Exception {
    String snapshot =
        Files.readString(SAMPLE, StandardCharsets.UTF_8)
            .replace("instanceType: m7i.2xlarge", "instanceType: z9.huge");
    Report r = map(analyze(snapshot), BillingNames.defaults());

    assertThat(r.unpriced())
        .singleElement()
        .satisfies(u -> assertThat(u.reason()).contains("z9.huge", "aws-us-east-1"));
  }

  @Test
  void map_objectStorage_fillsTheVolumeTiersInOrder() {
    Report r = map(analysis, BillingNames.defaults());

    Map<String, BigDecimal> byTier =
        r.rows().stream()
            .filter(x -> x.category() == CostCategory.OBJECT_STORAGE)
            .collect(
                Collectors.groupingBy(
                    x -> x.sku().priceId(),
                    Collectors.reducing(
                        BigDecimal.ZERO, x -> x.pricing().amount(), BigDecimal::add)));
    double billedGb =
        analysis.topics().stream().mapToDouble(t -> t.cost().storage().billedRemoteBytes()).sum()
            / (1L << 30);
    // The sample tiers about 99.5 TiB: the first 51,200 GiB at $0.023, the rest at $0.022.
    assertThat(byTier.get("aws-us-east-1/object-storage/standard/tier-1/2026-11-22"))
        .isEqualByComparingTo("51200");
    assertThat(byTier.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue())
        .isCloseTo(billedGb, within(0.001));
  }

  @Test
  void map_billing_takesTheConfiguredNamesElseTheDefaults() {
    Report defaults = map(analysis, BillingNames.defaults());
    Report named =
        map(analysis, BillingNames.of("123456789012", "Data platform", null, "Apache", null));

    assertThat(defaults.billing().accountId()).isEqualTo("prod-use1");
    assertThat(defaults.billing().providerName()).isEqualTo("AWS");
    assertThat(defaults.billing().invoiceIssuerName()).isEqualTo("AWS");
    assertThat(defaults.billing().region().orElseThrow().name()).isEqualTo("US East (N. Virginia)");
    assertThat(named.billing().accountId()).isEqualTo("123456789012");
    assertThat(named.billing().accountName()).isEqualTo("Data platform");
    assertThat(named.billing().publisherName()).isEqualTo("Apache");
    assertThat(named.billing().providerName()).isEqualTo("AWS");
  }
}
