package io.tierline.costanalyzer.inventory;

import io.tierline.costanalyzer.model.Retention;
import io.tierline.costanalyzer.model.Workload;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Stream;

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
        OptionalLong.of(size),
        remoteReadSegmentsBehind(t, c, local));
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
    long lagging = remoteReaders(t, c, local).count();
    return lagging == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) lagging / t.consumerGroups().size());
  }

  /**
   * How many rolled segments of a partition lie between the ones the remote-reading groups read and
   * the newest one, which trails the log's end by the active segment, half full on average; the
   * segment being read is not counted. Over several groups, the harmonic mean, as each group LISTs
   * once per its own distance. Infinite (far behind) when no group's lag is known to read remote
   * data.
   */
  static double remoteReadSegmentsBehind(TopicSnapshot t, TopicConfig c, Retention local) {
    double rate = t.ingressBytesPerSecond() / t.partitions();
    if (!c.remoteStorageEnable() || rate <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    double segment = Math.min(c.segmentBytes(), rate * c.segmentMs() / 1000.0);
    double[] inverse =
        remoteReaders(t, c, local)
            .mapToDouble(g -> 1 / Math.max(1, g.lagMs() / 1000.0 * rate / segment - 1.5))
            .toArray();
    return inverse.length == 0
        ? Double.POSITIVE_INFINITY
        : inverse.length / Arrays.stream(inverse).sum();
  }

  /**
   * The groups that lag by more than data stays on local disk: its segment must roll, then age past
   * local retention.
   */
  private static Stream<ConsumerGroupLag> remoteReaders(
      TopicSnapshot t, TopicConfig c, Retention local) {
    double rate = t.ingressBytesPerSecond() / t.partitions();
    double segmentFillMs =
        rate > 0 ? Math.min(c.segmentMs(), c.segmentBytes() / rate * 1000.0) : c.segmentMs();
    double localMs = local.effectiveMs(rate) + segmentFillMs;
    return t.consumerGroups().stream().filter(g -> g.lagMs() > localMs);
  }
}
