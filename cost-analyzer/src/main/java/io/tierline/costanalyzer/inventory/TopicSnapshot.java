package io.tierline.costanalyzer.inventory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One topic as measured: its shape, its configuration as {@code kafka-configs --describe} shows it
 * (keys left out take Kafka's defaults), its write rate and size, and its consumer groups.
 *
 * @param sizeBytes the topic's data now, one copy, local and tiered together
 * @param historicalReadFraction share of consumed bytes that come from data older than local
 *     retention; absent when unknown (the analysis then assumes the configured default)
 */
public record TopicSnapshot(
    String name,
    Integer partitions,
    Integer replicationFactor,
    Map<String, String> configs,
    Double ingressBytesPerSecond,
    Long sizeBytes,
    Double historicalReadFraction,
    List<ConsumerGroupLag> consumerGroups) {

  public TopicSnapshot {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name: is required");
    }
    if (partitions == null || partitions < 1) {
      throw new IllegalArgumentException("partitions: must be a count >= 1, was " + partitions);
    }
    if (replicationFactor == null || replicationFactor < 1) {
      throw new IllegalArgumentException(
          "replicationFactor: must be a count >= 1, was " + replicationFactor);
    }
    if (ingressBytesPerSecond == null
        || !(ingressBytesPerSecond >= 0)
        || ingressBytesPerSecond.isInfinite()) {
      throw new IllegalArgumentException(
          "ingressBytesPerSecond: must be a rate >= 0, was " + ingressBytesPerSecond);
    }
    if (sizeBytes != null && sizeBytes < 0) {
      throw new IllegalArgumentException("sizeBytes: must be >= 0, was " + sizeBytes);
    }
    if (historicalReadFraction != null
        && !(historicalReadFraction >= 0 && historicalReadFraction <= 1)) {
      throw new IllegalArgumentException(
          "historicalReadFraction: must be between 0 and 1, was " + historicalReadFraction);
    }
    configs = configs == null ? Map.of() : new TreeMap<>(configs);
    TopicConfig.of(configs);
    consumerGroups = consumerGroups == null ? List.of() : List.copyOf(consumerGroups);
  }

  /** The longest lag in time over the topic's consumer groups; 0 when none reads it. */
  public long worstLagMs() {
    long worst = 0;
    for (ConsumerGroupLag g : consumerGroups) {
      worst = Math.max(worst, g.lagMs());
    }
    return worst;
  }
}
