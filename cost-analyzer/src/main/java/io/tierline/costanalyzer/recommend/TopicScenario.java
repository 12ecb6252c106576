package io.tierline.costanalyzer.recommend;

import io.tierline.costanalyzer.inventory.TopicConfig;
import io.tierline.costanalyzer.inventory.TopicSnapshot;
import io.tierline.costanalyzer.model.Assumptions;
import io.tierline.costanalyzer.model.Workload;
import io.tierline.costanalyzer.inventory.TopicWorkloads;
import java.util.Map;
import java.util.TreeMap;

/**
 * A topic as measured, under a configuration that rules may change: its topic configs, the cluster-side
 * assumptions (follower fetching) and the object storage class. Immutable; each change returns a new scenario.
 */
public record TopicScenario(
    TopicSnapshot topic, Map<String, String> configs, Assumptions assumptions, String objectStorageClass,
    double defaultHistoricalReadFraction) {

  public TopicScenario {
    configs = Map.copyOf(configs);
  }

  public static TopicScenario of(TopicSnapshot t, Assumptions a, String storageClass, double readFraction) {
    return new TopicScenario(t, t.configs(), a, storageClass, readFraction);
  }

  public TopicConfig config() {
    return TopicConfig.of(configs);
  }

  public Workload workload() {
    return TopicWorkloads.of(topic, configs, defaultHistoricalReadFraction);
  }

  /** The value of a key as Kafka would report it (its default when unset). */
  public String value(String key) {
    TopicConfig c = config();
    return switch (key) {
      case TopicConfig.CLEANUP_POLICY -> c.cleanupPolicy();
      case TopicConfig.RETENTION_MS -> Long.toString(c.retentionMs());
      case TopicConfig.RETENTION_BYTES -> Long.toString(c.retentionBytes());
      case TopicConfig.LOCAL_RETENTION_MS -> Long.toString(c.localRetentionMs());
      case TopicConfig.LOCAL_RETENTION_BYTES -> Long.toString(c.localRetentionBytes());
      case TopicConfig.REMOTE_STORAGE_ENABLE -> Boolean.toString(c.remoteStorageEnable());
      case TopicConfig.SEGMENT_BYTES -> Long.toString(c.segmentBytes());
      case TopicConfig.SEGMENT_MS -> Long.toString(c.segmentMs());
      default -> configs.getOrDefault(key, "(unset)");
    };
  }

  public TopicScenario with(String key, String value) {
    Map<String, String> next = new TreeMap<>(configs);
    next.put(key, value);
    return new TopicScenario(topic, next, assumptions, objectStorageClass, defaultHistoricalReadFraction);
  }

  public TopicScenario withAssumptions(Assumptions next) {
    return new TopicScenario(topic, configs, next, objectStorageClass, defaultHistoricalReadFraction);
  }

  public TopicScenario withObjectStorageClass(String next) {
    return new TopicScenario(topic, configs, assumptions, next, defaultHistoricalReadFraction);
  }

  /** The topic change {@code key: current → value} and the scenario after it. */
  public ConfigChange change(String key, String value) {
    return ConfigChange.topic(key, value(key), value);
  }
}
