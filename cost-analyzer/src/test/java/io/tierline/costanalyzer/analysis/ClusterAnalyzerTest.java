package io.tierline.costanalyzer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.costanalyzer.inventory.ClusterSnapshot;
import io.tierline.costanalyzer.inventory.SnapshotLoader;
import io.tierline.costanalyzer.inventory.TeamRules;
import io.tierline.costanalyzer.inventory.TopicConfig;
import io.tierline.costanalyzer.pricing.PriceCatalog;
import io.tierline.costanalyzer.pricing.PriceCatalogLoader;
import io.tierline.costanalyzer.recommend.ConfigChange;
import io.tierline.costanalyzer.recommend.Recommendation;
import io.tierline.costanalyzer.recommend.RuleSettings;
import io.tierline.costanalyzer.settings.EstimateDefaults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterAnalyzerTest {

  private static final PriceCatalog AWS =
      new PriceCatalogLoader().load(Path.of("..", "config", "pricing")).get("aws-us-east-1");

  private final ClusterAnalyzer analyzer =
      new ClusterAnalyzer(EstimateDefaults.standard(), RuleSettings.defaults());

  @Test
  void analyze_sample_aRowPerTopicWithTeamsAndZonesFromRacks() throws Exception {
    ClusterSnapshot s =
        new SnapshotLoader()
            .read(
                "sample",
                Files.readAllBytes(Path.of("..", "config", "snapshots", "sample-cluster.yaml")));

    ClusterAnalysis a = analyzer.analyze(s, AWS);

    assertThat(a.topics()).hasSameSizeAs(s.topics());
    assertThat(a.topics()).filteredOn(t -> t.team().equals(TeamRules.UNASSIGNED)).isNotEmpty();
    assertThat(a.assumptions().availabilityZones()).isEqualTo(3);
    assertThat(a.total().totalMonthlyCost()).isPositive();
    assertThat(a.totalMonthlySavings()).isPositive().isLessThan(a.total().totalMonthlyCost());
    assertKafkaRulesHold(a);
  }

  @Test
  void analyze_generatedCluster_everyRecommendationObeysKafkasRules() {
    ClusterAnalysis a = analyzer.analyze(SyntheticClusters.generate(2_000, 42), AWS);

    assertThat(a.topics().stream().mapToInt(t -> t.recommendations().size()).sum())
        .isGreaterThan(500);
    assertKafkaRulesHold(a);
  }

  @Test
  void analyze_overFiftyTerabytesTiered_blendsTheS3VolumeTiers() {
    ClusterAnalysis a = analyzer.analyze(SyntheticClusters.generate(10_000, 7), AWS);

    double remoteGb = a.total().storage().remoteBytes() / (double) (1L << 30);
    assertThat(remoteGb).isGreaterThan(51_200);
    assertThat(a.prices().objectStorage().averagePrice(0)).isLessThan(0.023).isGreaterThan(0.021);
  }

  /** Applies each topic's changes in order and checks the end state as Kafka would. */
  private static void assertKafkaRulesHold(ClusterAnalysis a) {
    for (TopicAnalysis t : a.topics()) {
      TopicConfig before = TopicConfig.of(t.topic().configs());
      Map<String, String> configs = new HashMap<>(t.topic().configs());
      for (Recommendation r : t.recommendations()) {
        assertThat(r.monthlySavings()).isPositive();
        for (ConfigChange c : r.changes()) {
          if (c.scope().equals(ConfigChange.TOPIC)) {
            configs.put(c.key(), c.to());
          }
        }
      }
      TopicConfig after = TopicConfig.of(configs);
      if (after.remoteStorageEnable() && !before.remoteStorageEnable()) {
        assertThat(after.cleanupPolicy()).as(t.topic().name()).isEqualTo("delete");
      }
      if (after.remoteStorageEnable()
          && after.retentionMs() != -1
          && after.localRetentionMs() != -2) {
        assertThat(after.localRetentionMs())
            .as(t.topic().name())
            .isBetween(0L, after.retentionMs());
      }
      assertThat(after.segmentBytes()).isGreaterThanOrEqualTo(1L << 20);
    }
  }
}
