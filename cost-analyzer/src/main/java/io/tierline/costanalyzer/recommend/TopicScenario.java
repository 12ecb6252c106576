package io.tierline.costanalyzer.recommend;

import io.tierline.costanalyzer.inventory.TopicConfig;
import io.tierline.costanalyzer.inventory.TopicSnapshot;
import io.tierline.costanalyzer.inventory.TopicWorkloads;
import io.tierline.costanalyzer.model.Assumptions;
import io.tierline.costanalyzer.model.Workload;
import java.util.HashMap;
import java.util.Map;

/**
 * A topic as measured, under a configuration that rules may change: its topic configs, the
 * cluster-side assumptions (follower fetching) and the object storage class. Immutable; each change
 * returns a new scenario. The parsed configuration and the workload are computed once, because
 * every rule reads them.
 */
public final class TopicScenario {

  private final TopicSnapshot topic;
  private final Map<String, String> configs;
  private final Assumptions assumptions;
  private final String objectStorageClass;
  private final double defaultHistoricalReadFraction;
  private final TopicConfig config;
  private final Workload workload;

  private TopicScenario(
      TopicSnapshot topic,
      Map<String, String> configs,
      Assumptions assumptions,
      String objectStorageClass,
      double defaultHistoricalReadFraction) {
    this.topic = topic;
    this.configs = configs;
    this.assumptions = assumptions;
    this.objectStorageClass = objectStorageClass;
    this.defaultHistoricalReadFraction = defaultHistoricalReadFraction;
    this.config = TopicConfig.of(configs);
    this.workload = TopicWorkloads.of(topic, config, defaultHistoricalReadFraction);
  }

  public static TopicScenario of(
      TopicSnapshot t, Assumptions a, String storageClass, double readFraction) {
    return new TopicScenario(t, t.configs(), a, storageClass, readFraction);
  }

  public TopicSnapshot topic() {
    return topic;
  }

  /** The topic configs as set (keys left out take Kafka's defaults). */
  public Map<String, String> configs() {
    return Map.copyOf(configs);
  }

  public Assumptions assumptions() {
    return assumptions;
  }

  public String objectStorageClass() {
    return objectStorageClass;
  }

  public TopicConfig config() {
    return config;
  }

  public Workload workload() {
    return workload;
  }

  /** The value of a key as Kafka would report it (its default when unset). */
  public String value(String key) {
    return switch (key) {
      case TopicConfig.CLEANUP_POLICY -> config.cleanupPolicy();
      case TopicConfig.RETENTION_MS -> Long.toString(config.retentionMs());
      case TopicConfig.RETENTION_BYTES -> Long.toString(config.retentionBytes());
      case TopicConfig.LOCAL_RETENTION_MS -> Long.toString(config.localRetentionMs());
      case TopicConfig.LOCAL_RETENTION_BYTES -> Long.toString(config.localRetentionBytes());
      case TopicConfig.REMOTE_STORAGE_ENABLE -> Boolean.toString(config.remoteStorageEnable());
      case TopicConfig.SEGMENT_BYTES -> Long.toString(config.segmentBytes());
      case TopicConfig.SEGMENT_MS -> Long.toString(config.segmentMs());
      default -> configs.getOrDefault(key, "(unset)");
    };
  }

  public TopicScenario with(String key, String value) {
    Map<String, String> next = new HashMap<>(configs);
    next.put(key, value);
    return new TopicScenario(
        topic, next, assumptions, objectStorageClass, defaultHistoricalReadFraction);
  }

  public TopicScenario withAssumptions(Assumptions next) {
    return new TopicScenario(
        topic, configs, next, objectStorageClass, defaultHistoricalReadFraction);
  }

  public TopicScenario withObjectStorageClass(String next) {
    return new TopicScenario(topic, configs, assumptions, next, defaultHistoricalReadFraction);
  }

  /** The topic change {@code key: current → value}. */
  public ConfigChange change(String key, String value) {
    return ConfigChange.topic(key, value(key), value);
  }
}
