package io.tierline.costanalyzer.inventory;

import io.tierline.costanalyzer.model.Retention;
import io.tierline.costanalyzer.model.Workload;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The model's workload for a topic under a given configuration. A compacted topic (no {@code
 * delete} in {@code cleanup.policy}) keeps its current size: compaction, not retention, bounds it.
 * A tiered topic's share of reads from remote storage, when not measured, follows from its groups'
 * lag (see {@link #laggingReadFraction}).
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
            : laggingReadFraction(t, c, local).orElse(defaultHistoricalReadFraction);
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

  /**
   * For a tiered topic whose share of old reads is not given: the share of its groups that lag by
   * more than the data stays on local disk, which read everything from remote storage. Data leaves
   * local disk once its segment has rolled and then aged past local retention, so a group lags into
   * remote data when it is behind by more than local retention plus one segment's filling time.
   * Empty when no group lags that far: the configured default then applies.
   */
  static OptionalDouble laggingReadFraction(TopicSnapshot t, TopicConfig c, Retention local) {
    if (!c.remoteStorageEnable() || t.consumerGroups().isEmpty()) {
      return OptionalDouble.empty();
    }
    double rate = t.ingressBytesPerSecond() / t.partitions();
    double segmentFillMs =
        rate > 0 ? Math.min(c.segmentMs(), c.segmentBytes() / rate * 1000.0) : c.segmentMs();
    double localMs = local.effectiveMs(rate) + segmentFillMs;
    long lagging = t.consumerGroups().stream().filter(g -> g.lagMs() > localMs).count();
    return lagging == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) lagging / t.consumerGroups().size());
  }
}
