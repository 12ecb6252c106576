package io.tierline.costanalyzer.inventory;

import io.tierline.costanalyzer.model.Retention;
import io.tierline.costanalyzer.model.Workload;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The model's workload for a topic under a given configuration. A compacted topic (no {@code
 * delete} in {@code cleanup.policy}) keeps its current size: compaction, not retention, bounds it.
 */
public final class TopicWorkloads {

  private TopicWorkloads() {}

  public static Workload of(
      TopicSnapshot t, Map<String, String> configs, double defaultHistoricalReadFraction) {
    return of(t, TopicConfig.of(configs), defaultHistoricalReadFraction);
  }

  public static Workload of(TopicSnapshot t, TopicConfig c, double defaultHistoricalReadFraction) {
    Retention retention =
        c.deletes()
            ? Retention.ofKafka(c.retentionMs(), c.retentionBytes())
            : Retention.unlimited();
    Retention local =
        Retention.localOfKafka(c.localRetentionMs(), c.localRetentionBytes(), retention);
    double readFraction =
        t.historicalReadFraction() != null
            ? t.historicalReadFraction()
            : defaultHistoricalReadFraction;
    long size = t.sizeBytes() != null ? t.sizeBytes() : 0;
    return new Workload(
        t.ingressBytesPerSecond(),
        t.replicationFactor(),
        t.partitions(),
        retention,
        local,
        c.remoteStorageEnable(),
        c.segmentBytes(),
        c.segmentMs(),
        t.consumerGroups().size(),
        readFraction,
        OptionalLong.of(size));
  }
}
