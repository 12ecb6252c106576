package io.tierline.costanalyzer.recommend;

import static io.tierline.costanalyzer.inventory.TopicConfig.LOCAL_RETENTION_MS;
import static io.tierline.costanalyzer.inventory.TopicConfig.REMOTE_STORAGE_ENABLE;

import io.tierline.costanalyzer.inventory.TopicConfig;
import io.tierline.costanalyzer.model.Workload;
import java.util.List;
import java.util.Optional;

/**
 * Tier a topic whose policy is exactly {@code delete}, keeping locally what its consumers need: the
 * worst group's lag in time × the safety factor, and at least the time a segment takes to fill (a
 * segment is uploaded only when it rolls). A topic already tiered but keeping everything locally
 * (both local retentions −2) gets the same local retention. Never proposed when that local
 * retention would reach the topic's retention.
 */
final class EnableTieringRule implements RecommendationRule {

  static final String NAME = "enable-tiered-storage";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Proposal> evaluate(TopicScenario s, RuleContext ctx) {
    TopicConfig c = s.config();
    boolean keepsAllLocally = c.localRetentionMs() == -2 && c.localRetentionBytes() == -2;
    if (!c.deletesOnly() || (c.remoteStorageEnable() && !keepsAllLocally)) {
      return Optional.empty();
    }
    long local = localRetentionMs(s, ctx.settings());
    Workload w = s.workload();
    double retained = w.retention().effectiveMs(w.bytesPerSecondPerPartition());
    if (local >= retained || (c.retentionMs() != -1 && local >= c.retentionMs())) {
      return Optional.empty();
    }
    TopicScenario after =
        s.with(REMOTE_STORAGE_ENABLE, "true").with(LOCAL_RETENTION_MS, Long.toString(local));
    List<ConfigChange> changes =
        c.remoteStorageEnable()
            ? List.of(s.change(LOCAL_RETENTION_MS, Long.toString(local)))
            : List.of(
                s.change(REMOTE_STORAGE_ENABLE, "true"),
                s.change(LOCAL_RETENTION_MS, Long.toString(local)));
    return Optional.of(
        new Proposal(
            changes,
            after,
            List.of(
                "Consumers more than "
                    + Quantities.duration(local)
                    + " behind read from object storage: slower first "
                    + "byte, GET requests",
                "Turning tiering off later needs Kafka 3.9+ in KRaft mode, and"
                    + " remote.log.delete.on.disable=true deletes the remote copy",
                "Brokers need remote.log.storage.system.enable=true and the tiering plugin"
                    + " installed"),
            List.of(
                "worst consumer lag: "
                    + Quantities.duration(s.topic().worstLagMs())
                    + " over "
                    + s.topic().consumerGroups().size()
                    + " group(s), × safety factor "
                    + ctx.settings().lagSafetyFactor(),
                "segment fill time per partition: " + Quantities.duration(segmentFillMs(w)),
                "data kept now: "
                    + Quantities.duration(retained)
                    + ", of which local after the change: "
                    + Quantities.duration(local))));
  }

  /** max(worst lag × safety factor, segment fill time), rounded up to whole hours. */
  static long localRetentionMs(TopicScenario s, RuleSettings settings) {
    double byLag = s.topic().worstLagMs() * settings.lagSafetyFactor();
    return Quantities.ceilHours(Math.max(byLag, segmentFillMs(s.workload())));
  }

  /**
   * The time a partition takes to fill a segment, or {@code segment.ms} if it rolls by age first.
   */
  static double segmentFillMs(Workload w) {
    double rate = w.bytesPerSecondPerPartition();
    double bySize = rate > 0 ? w.segmentBytes() / rate * 1000.0 : Double.POSITIVE_INFINITY;
    return Math.min(bySize, w.segmentMs());
  }
}
