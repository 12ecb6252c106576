package io.tierline.costanalyzer.recommend;

import static io.tierline.costanalyzer.recommend.TopicScenarios.DAY_MS;
import static io.tierline.costanalyzer.recommend.TopicScenarios.HOUR_MS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnableTieringRuleTest {

  private final EnableTieringRule rule = new EnableTieringRule();

  @Test
  void evaluate_deleteTopic_tiersWithLocalRetentionFromLagAndSegmentFillTime() {
    // Lag 10 min × 2 = 20 min; a partition at 0.5 MB/s fills 1 GiB in 36 min; rounded up: 1 hour.
    Proposal p =
        rule.evaluate(TopicScenarios.busyDeleteTopic(), TopicScenarios.context()).orElseThrow();

    assertThat(p.changes())
        .containsExactly(
            ConfigChange.topic("remote.storage.enable", "false", "true"),
            ConfigChange.topic("local.retention.ms", "-2", Long.toString(HOUR_MS)));
    assertThat(p.after().config().remoteStorageEnable()).isTrue();
    assertThat(p.evidence()).anyMatch(e -> e.startsWith("worst consumer lag: 10m"));
    assertThat(p.risks()).anyMatch(r -> r.contains("Kafka 3.9+"));
  }

  @Test
  void evaluate_slowTopic_keepsAtLeastTheTimeASegmentTakesToRoll() {
    Proposal p = rule.evaluate(TopicScenarios.slowTopic(), TopicScenarios.context()).orElseThrow();

    assertThat(p.after().config().localRetentionMs()).isEqualTo(7 * DAY_MS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"compact", "compact,delete", "delete,compact"})
  void evaluate_compactedTopic_isNeverTiered(String policy) {
    assertThat(rule.evaluate(TopicScenarios.withPolicy(policy), TopicScenarios.context()))
        .isEmpty();
  }

  @Test
  void evaluate_localRetentionWouldExceedRetention_proposesNothing() {
    assertThat(rule.evaluate(TopicScenarios.lagNearRetention(), TopicScenarios.context()))
        .isEmpty();
  }

  @Test
  void evaluate_tieredButKeepingEverythingLocally_setsOnlyLocalRetention() {
    TopicScenario s = TopicScenarios.busyDeleteTopic().with("remote.storage.enable", "true");

    Proposal p = rule.evaluate(s, TopicScenarios.context()).orElseThrow();

    assertThat(p.changes())
        .containsExactly(ConfigChange.topic("local.retention.ms", "-2", Long.toString(HOUR_MS)));
  }

  @Test
  void evaluate_alreadyTiered_proposesNothing() {
    assertThat(rule.evaluate(TopicScenarios.tieredSmallSegments(), TopicScenarios.context()))
        .isEmpty();
  }

  @Test
  void evaluate_zeroIngress_localRetentionIsSegmentMsAndStaysBelowRetention() {
    TopicScenario idle =
        TopicScenarios.topic(
            "idle",
            3,
            0,
            java.util.Map.of("retention.ms", Long.toString(7 * DAY_MS)),
            java.util.List.of(),
            null);

    assertThat(rule.evaluate(idle, TopicScenarios.context())).isEmpty();
  }
}
