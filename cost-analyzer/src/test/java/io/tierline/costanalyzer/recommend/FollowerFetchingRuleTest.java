package io.tierline.costanalyzer.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.costanalyzer.model.CostBreakdown;
import org.junit.jupiter.api.Test;

class FollowerFetchingRuleTest {

  private final FollowerFetchingRule rule = new FollowerFetchingRule();

  @Test
  void evaluate_largeConsumerCrossZoneTraffic_proposesRackAwareSelectorAndClientRack() {
    TopicScenario s = TopicScenarios.busyDeleteTopic();

    Proposal p = rule.evaluate(s, TopicScenarios.context()).orElseThrow();

    assertThat(p.changes())
        .extracting(ConfigChange::scope, ConfigChange::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("broker", "replica.selector.class"),
            org.assertj.core.groups.Tuple.tuple("client", "client.rack"));
    CostBreakdown after = TopicScenarios.context().cost(p.after());
    assertThat(after.network().consumerBytesPerMonth()).isZero();
  }

  @Test
  void evaluate_withoutRacks_proposesNothing() {
    assertThat(
            rule.evaluate(
                TopicScenarios.busyDeleteTopic(),
                TopicScenarios.context(RuleSettings.defaults(), 0)))
        .isEmpty();
  }

  @Test
  void evaluate_alreadyFollowerFetching_proposesNothing() {
    TopicScenario s = TopicScenarios.busyDeleteTopic();
    s = s.withAssumptions(s.assumptions().withFollowerFetching(true));

    assertThat(rule.evaluate(s, TopicScenarios.context())).isEmpty();
  }

  @Test
  void evaluate_smallTraffic_proposesNothing() {
    assertThat(rule.evaluate(TopicScenarios.slowTopic(), TopicScenarios.context())).isEmpty();
  }
}
