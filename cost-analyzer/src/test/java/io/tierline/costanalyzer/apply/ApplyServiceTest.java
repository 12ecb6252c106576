package io.tierline.costanalyzer.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.costanalyzer.analysis.ClusterAnalyzer;
import io.tierline.costanalyzer.api.AnalysisResponse.RecommendationJson;
import io.tierline.costanalyzer.api.RecommendationView;
import io.tierline.costanalyzer.core.ClusterService;
import io.tierline.costanalyzer.errors.NotFoundException;
import io.tierline.costanalyzer.errors.RefusedException;
import io.tierline.costanalyzer.inventory.ClusterSnapshot;
import io.tierline.costanalyzer.inventory.ClusterSource;
import io.tierline.costanalyzer.inventory.SnapshotFileSource;
import io.tierline.costanalyzer.inventory.SupportsConfigChanges;
import io.tierline.costanalyzer.pricing.PriceCatalogLoader;
import io.tierline.costanalyzer.recommend.ConfigChange;
import io.tierline.costanalyzer.recommend.RuleSettings;
import io.tierline.costanalyzer.settings.EstimateDefaults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apply's checks, against a cluster that reads the sample snapshot and keeps topic configs in
 * memory.
 */
class ApplyServiceTest {

  static final String TOKEN = "0123456789abcdef0123";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  /** The sample cluster, "live": configs start as the snapshot has them, with Kafka's defaults. */
  static final class InMemoryCluster implements ClusterSource, SupportsConfigChanges {
    final SnapshotFileSource file =
        new SnapshotFileSource("prod-use1", Path.of("../config/snapshots/sample-cluster.yaml"));
    final Map<String, Map<String, String>> overrides = new HashMap<>();
    int alters;

    @Override
    public String name() {
      return "prod-use1";
    }

    @Override
    public boolean live() {
      return true;
    }

    @Override
    public ClusterSnapshot read() {
      return file.read();
    }

    @Override
    public boolean reachable() {
      return true;
    }

    @Override
    public Map<String, String> topicConfigs(String topic, Set<String> keys) {
      Map<String, String> all =
          new HashMap<>(
              Map.of(
                  "cleanup.policy",
                  "delete",
                  "retention.ms",
                  "604800000",
                  "retention.bytes",
                  "-1",
                  "local.retention.ms",
                  "-2",
                  "local.retention.bytes",
                  "-2",
                  "remote.storage.enable",
                  "false",
                  "segment.bytes",
                  "1073741824",
                  "segment.ms",
                  "604800000"));
      read().topics().stream()
          .filter(t -> t.name().equals(topic))
          .findFirst()
          .orElseThrow(() -> new NotFoundException("topic " + topic))
          .configs()
          .forEach(all::put);
      all.putAll(overrides.getOrDefault(topic, Map.of()));
      all.keySet().retainAll(keys);
      return all;
    }

    @Override
    public void alterTopicConfigs(String topic, Map<String, String> values, boolean validateOnly) {
      if (!validateOnly) {
        alters++;
        overrides.computeIfAbsent(topic, t -> new HashMap<>()).putAll(values);
      }
    }
  }

  InMemoryCluster cluster = new InMemoryCluster();

  ClusterService clusters() {
    return new ClusterService(
        List.of(cluster),
        Map.of(),
        new PriceCatalogLoader().load(Path.of("../config/pricing")),
        new ClusterAnalyzer(EstimateDefaults.standard(), RuleSettings.defaults()),
        "aws-us-east-1",
        List.of(),
        Duration.ofHours(1),
        CLOCK);
  }

  ApplyService service() {
    return new ApplyService(
        clusters(), new BearerToken(TOKEN), new AuditLog(dir.resolve("audit.log")), CLOCK);
  }

  RecommendationJson first(String rule, boolean topicOnly) {
    return clusters().view("prod-use1").response().recommendations().stream()
        .filter(r -> r.rule().equals(rule))
        .filter(
            r ->
                r.changes().stream().allMatch(c -> c.scope().equals(ConfigChange.TOPIC))
                    == topicOnly)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void apply_dryRunReturnsTheDiffAndChangesNothing() throws Exception {
    RecommendationJson r = first("shorten-retention", true);
    var answer =
        service()
            .apply(
                "prod-use1",
                RecommendationView.id(r.rule(), r.topic()),
                "Bearer " + TOKEN,
                true,
                "bob");
    assertThat(answer.applied()).isFalse();
    assertThat(answer.changes())
        .extracting(c -> c.key())
        .containsExactlyElementsOf(r.changes().stream().map(ConfigChange::key).toList());
    assertThat(cluster.alters).isZero();
    assertThat(Files.readString(dir.resolve("audit.log")))
        .contains("who=bob")
        .contains("outcome=checked");
  }

  @Test
  void apply_staleRecommendationIsRefused() {
    RecommendationJson r = first("shorten-retention", true);
    cluster.overrides.put(r.topic(), Map.of("retention.ms", "123456789"));
    String id = RecommendationView.id(r.rule(), r.topic());
    assertThatThrownBy(() -> service().apply("prod-use1", id, "Bearer " + TOKEN, false, "bob"))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("stale")
        .hasMessageContaining("123456789");
    assertThat(cluster.alters).isZero();
  }

  @Test
  void apply_changeThatBreaksAKafkaRuleWithTheLiveConfigIsRefused() {
    RecommendationJson r = first("shorten-retention", true);
    // Someone set a local retention longer than the shortened retention will be.
    cluster.overrides.put(
        r.topic(), Map.of("local.retention.ms", Long.toString(Long.MAX_VALUE / 2)));
    String id = RecommendationView.id(r.rule(), r.topic());
    assertThatThrownBy(() -> service().apply("prod-use1", id, "Bearer " + TOKEN, false, "bob"))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("Kafka rule")
        .hasMessageContaining("local.retention.ms");
    assertThat(cluster.alters).isZero();
  }

  @Test
  void apply_nonTopicChangesAreRefused() {
    RecommendationJson r = first("follower-fetching", false);
    String id = RecommendationView.id(r.rule(), r.topic());
    assertThatThrownBy(() -> service().apply("prod-use1", id, "Bearer " + TOKEN, false, "bob"))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("by hand");
  }

  @Test
  void apply_unknownIdIsNotFound() {
    assertThatThrownBy(
            () -> service().apply("prod-use1", "nope:nope", "Bearer " + TOKEN, true, "bob"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nope:nope");
  }

  @Test
  void apply_withTheTokenChangesTheTopic() {
    RecommendationJson r = first("shorten-retention", true);
    var answer =
        service()
            .apply(
                "prod-use1",
                RecommendationView.id(r.rule(), r.topic()),
                "Bearer " + TOKEN,
                false,
                "bob");
    assertThat(answer.applied()).isTrue();
    assertThat(cluster.overrides.get(r.topic()))
        .containsEntry(r.changes().get(0).key(), r.changes().get(0).to());
  }
}
