package io.tierline.costanalyzer.recommend;

import static io.tierline.costanalyzer.recommend.TopicScenarios.DAY_MS;
import static io.tierline.costanalyzer.recommend.TopicScenarios.GIB;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionBytesPerTopicRuleTest {

  private final RetentionBytesPerTopicRule rule = new RetentionBytesPerTopicRule();

  @Test
  void evaluate_limitNoPartitionReachesButTheTopicWould_dividesItByPartitions() {
    Proposal p =
        rule.evaluate(TopicScenarios.retentionBytesMeantPerTopic(), TopicScenarios.context())
            .orElseThrow();

    assertThat(p.changes())
        .containsExactly(
            ConfigChange.topic("retention.bytes", Long.toString(100 * GIB), Long.toString(GIB)));
    assertThat(p.evidence().get(0)).contains("× 100 partitions = 9.8 TiB per topic");
  }

  @Test
  void evaluate_limitBindsPerPartition_proposesNothing() {
    TopicScenario s =
        TopicScenarios.topic(
            "t",
            4,
            5_000_000,
            Map.of(
                "retention.ms",
                Long.toString(7 * DAY_MS),
                "retention.bytes",
                Long.toString(10 * GIB)),
            List.of(),
            null);

    assertThat(rule.evaluate(s, TopicScenarios.context())).isEmpty();
  }

  @Test
  void evaluate_unsetUnlimitedOrOnePartition_proposesNothing() {
    TopicScenario unset = TopicScenarios.busyDeleteTopic();
    TopicScenario forever = TopicScenarios.retentionBytesMeantPerTopic().with("retention.ms", "-1");
    TopicScenario single =
        TopicScenarios.topic(
            "t", 1, 5_000_000, Map.of("retention.bytes", Long.toString(GIB)), List.of(), null);

    assertThat(rule.evaluate(unset, TopicScenarios.context())).isEmpty();
    assertThat(rule.evaluate(forever, TopicScenarios.context())).isEmpty();
    assertThat(rule.evaluate(single, TopicScenarios.context())).isEmpty();
  }
}
