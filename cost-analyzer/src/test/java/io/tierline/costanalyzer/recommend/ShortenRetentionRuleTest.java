package io.tierline.costanalyzer.recommend;

import static io.tierline.costanalyzer.recommend.TopicScenarios.DAY_MS;
import static io.tierline.costanalyzer.recommend.TopicScenarios.HOUR_MS;
import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.costanalyzer.inventory.ConsumerGroupLag;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShortenRetentionRuleTest {

  private final ShortenRetentionRule rule = new ShortenRetentionRule();

  private static TopicScenario thirtyDays(
      Map<String, String> extra, List<ConsumerGroupLag> groups) {
    Map<String, String> configs = new java.util.HashMap<>(extra);
    configs.putIfAbsent("retention.ms", Long.toString(30 * DAY_MS));
    return TopicScenarios.topic("identity.logins", 24, 1_000_000, configs, groups, null);
  }

  @Test
  void evaluate_groupsReadOnlyRecentData_shortensToTheMinimum() {
    TopicScenario s = thirtyDays(Map.of(), List.of(new ConsumerGroupLag("security", 2 * HOUR_MS)));

    Proposal p = rule.evaluate(s, TopicScenarios.context()).orElseThrow();

    assertThat(p.changes())
        .containsExactly(
            ConfigChange.topic(
                "retention.ms", Long.toString(30 * DAY_MS), Long.toString(3 * DAY_MS)));
    assertThat(p.evidence()).contains("group security lags 2h");
  }

  @Test
  void evaluate_laggingGroup_keepsLagTimesSafetyFactor() {
    TopicScenario s = thirtyDays(Map.of(), List.of(new ConsumerGroupLag("batch", 4 * DAY_MS)));

    assertThat(
            rule.evaluate(s, TopicScenarios.context()).orElseThrow().after().config().retentionMs())
        .isEqualTo(8 * DAY_MS);
  }

  @Test
  void evaluate_tieredWithLongerLocalRetention_neverGoesBelowIt() {
    TopicScenario s =
        thirtyDays(
            Map.of(
                "remote.storage.enable", "true", "local.retention.ms", Long.toString(5 * DAY_MS)),
            List.of(new ConsumerGroupLag("g", HOUR_MS)));

    Proposal p = rule.evaluate(s, TopicScenarios.context()).orElseThrow();

    assertThat(p.after().config().retentionMs()).isEqualTo(5 * DAY_MS);
    assertThat(p.after().config().localRetentionMs())
        .isLessThanOrEqualTo(p.after().config().retentionMs());
  }

  @Test
  void evaluate_untieredWithExplicitLocalRetention_lowersItToo() {
    TopicScenario s =
        thirtyDays(
            Map.of("local.retention.ms", Long.toString(10 * DAY_MS)),
            List.of(new ConsumerGroupLag("g", HOUR_MS)));

    Proposal p = rule.evaluate(s, TopicScenarios.context()).orElseThrow();

    assertThat(p.after().config().localRetentionMs()).isEqualTo(3 * DAY_MS);
    assertThat(KafkaRules.violation(p.after().config())).isEmpty();
  }

  @Test
  void evaluate_noGroupsUnlimitedOrDeliberateRetention_proposesNothing() {
    ConsumerGroupLag g = new ConsumerGroupLag("g", HOUR_MS);
    assertThat(rule.evaluate(thirtyDays(Map.of(), List.of()), TopicScenarios.context())).isEmpty();
    assertThat(
            rule.evaluate(
                thirtyDays(Map.of("retention.ms", "-1"), List.of(g)), TopicScenarios.context()))
        .isEmpty();
    assertThat(
            rule.evaluate(
                thirtyDays(Map.of("retention.ms", Long.toString(400 * DAY_MS)), List.of(g)),
                TopicScenarios.context()))
        .isEmpty();
    assertThat(
            rule.evaluate(
                thirtyDays(Map.of("cleanup.policy", "compact"), List.of(g)),
                TopicScenarios.context()))
        .isEmpty();
  }

  @Test
  void evaluate_gainTooSmall_proposesNothing() {
    // 5 days now, 3 days proposed: more than half of the current retention.
    TopicScenario s =
        thirtyDays(
            Map.of("retention.ms", Long.toString(5 * DAY_MS)),
            List.of(new ConsumerGroupLag("g", 1L)));

    assertThat(rule.evaluate(s, TopicScenarios.context())).isEmpty();
  }
}
