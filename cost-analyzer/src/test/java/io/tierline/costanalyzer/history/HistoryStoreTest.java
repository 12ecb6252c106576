package io.tierline.costanalyzer.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.costanalyzer.analysis.ClusterAnalysis;
import io.tierline.costanalyzer.analysis.ClusterAnalyzer;
import io.tierline.costanalyzer.inventory.SnapshotLoader;
import io.tierline.costanalyzer.pricing.PriceCatalog;
import io.tierline.costanalyzer.pricing.PriceCatalogLoader;
import io.tierline.costanalyzer.recommend.RuleSettings;
import io.tierline.costanalyzer.report.BillingNames;
import io.tierline.costanalyzer.report.ReportMapper;
import io.tierline.costanalyzer.settings.EstimateDefaults;
import io.tierline.reports.CostBasis;
import io.tierline.reports.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recordings written as FOCUS Parquet read back with the same per-topic costs, in their time range
 * only.
 */
class HistoryStoreTest {

  @TempDir Path dir;

  @Test
  void recordThenRead_roundTripsPerTopicCostsWithinTheRange_lastPerStep() throws Exception {
    Path file = Path.of("../config/snapshots/sample-cluster.yaml");
    PriceCatalog catalog =
        new PriceCatalogLoader().load(Path.of("../config/pricing")).get("aws-us-east-1");
    ClusterAnalysis a =
        new ClusterAnalyzer(EstimateDefaults.standard(), RuleSettings.defaults())
            .analyze(new SnapshotLoader().read("sample", Files.readAllBytes(file)), catalog);
    HistoryStore store = new HistoryStore(dir);
    Instant t1 = Instant.parse("2026-11-20T00:00:00Z");
    Instant t2 = Instant.parse("2026-11-21T00:00:00Z");
    Report report =
        new ReportMapper()
            .map(
                a,
                catalog,
                BillingNames.defaults(),
                new CostBasis(CostBasis.Kind.ESTIMATE, "the sample snapshot"),
                List.of(),
                t1);
    store.record(report, t1);
    store.record(report, t2);

    List<HistoryStore.Recording> all = store.read("prod-use1", t1, t2.plusSeconds(1));
    assertThat(all).extracting(HistoryStore.Recording::at).containsExactly(t1, t2);
    assertThat(all.get(0).total()).isEqualByComparingTo(report.totals().total());
    assertThat(all.get(0).byTopic().get("payments.transactions"))
        .isEqualByComparingTo(report.totals().byTopic().get("payments.transactions"));
    assertThat(store.read("prod-use1", t1, t2)).hasSize(1);
    Instant t1b = t1.plusSeconds(600);
    store.record(report, t1b);
    assertThat(store.read("prod-use1", t1, t2.plusSeconds(1), java.time.Duration.ofHours(1)))
        .extracting(HistoryStore.Recording::at)
        .containsExactly(t1b, t2);
    assertThat(store.read("other", t1, t2)).isEmpty();
    try (var files = Files.list(dir.resolve("prod-use1"))) {
      assertThat(files.map(f -> f.getFileName().toString())).allMatch(n -> n.endsWith(".parquet"));
    }
  }
}
