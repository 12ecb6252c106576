package io.tierline.costanalyzer.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.costanalyzer.inventory.TopicConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaRulesTest {

  @Test
  void violation_validConfigs_none() {
    assertThat(KafkaRules.violation(TopicConfig.of(Map.of()))).isEmpty();
    assertThat(
            KafkaRules.violation(
                TopicConfig.of(
                    Map.of(
                        "remote.storage.enable",
                        "true",
                        "local.retention.ms",
                        "1000",
                        "retention.ms",
                        "1000"))))
        .isEmpty();
    assertThat(
            KafkaRules.violation(
                TopicConfig.of(Map.of("local.retention.ms", "5000", "retention.ms", "-1"))))
        .isEmpty();
  }

  @Test
  void violation_tieredCompactedTopic_isNamed() {
    assertThat(
            KafkaRules.violation(
                TopicConfig.of(
                    Map.of("remote.storage.enable", "true", "cleanup.policy", "compact,delete"))))
        .hasValueSatisfying(v -> assertThat(v).contains("cleanup.policy"));
  }

  @Test
  void violation_localAboveRetention_isNamed() {
    assertThat(
            KafkaRules.violation(
                TopicConfig.of(Map.of("local.retention.ms", "2000", "retention.ms", "1000"))))
        .hasValueSatisfying(v -> assertThat(v).startsWith("local.retention.ms"));
    assertThat(
            KafkaRules.violation(
                TopicConfig.of(Map.of("local.retention.ms", "-1", "retention.ms", "1000"))))
        .isPresent();
    assertThat(
            KafkaRules.violation(
                TopicConfig.of(Map.of("local.retention.bytes", "20", "retention.bytes", "10"))))
        .hasValueSatisfying(v -> assertThat(v).startsWith("local.retention.bytes"));
  }

  @Test
  void violation_segmentBelowOneMib_isNamed() {
    assertThat(KafkaRules.violation(TopicConfig.of(Map.of("segment.bytes", "1000")))).isPresent();
  }
}
