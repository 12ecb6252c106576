package io.tierline.costanalyzer.recommend;

import static io.tierline.costanalyzer.inventory.TopicConfig.SEGMENT_BYTES;

import io.tierline.costanalyzer.inventory.TopicConfig;
import io.tierline.costanalyzer.model.Workload;
import java.util.List;
import java.util.Optional;

/**
 * Flag a tiered topic whose segments are so small that they fill before {@code segment.ms}: each
 * rolled segment is a multipart upload plus index and manifest objects, so small segments multiply
 * PUT requests and object counts. Proposes the target size, but never above {@code retention.bytes}
 * or {@code local.retention.bytes}.
 */
final class SmallSegmentRule implements RecommendationRule {

  static final String NAME = "small-segments";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Proposal> evaluate(TopicScenario s, RuleContext ctx) {
    TopicConfig c = s.config();
    RuleSettings settings = ctx.settings();
    Workload w = s.workload();
    boolean fillsBySize =
        w.bytesPerSecondPerPartition() * c.segmentMs() / 1000.0 > c.segmentBytes();
    if (!c.remoteStorageEnable()
        || c.segmentBytes() >= settings.smallSegmentBytes()
        || !fillsBySize) {
      return Optional.empty();
    }
    long target = settings.targetSegmentBytes();
    if (c.retentionBytes() > 0) {
      target = Math.min(target, c.retentionBytes());
    }
    if (c.localRetentionBytes() > 0) {
      target = Math.min(target, c.localRetentionBytes());
    }
    if (target <= c.segmentBytes()) {
      return Optional.empty();
    }
    TopicScenario after = s.with(SEGMENT_BYTES, Long.toString(target));
    var before = ctx.cost(s).requests();
    double segmentsPerDay = w.bytesPerSecondPerPartition() * 86_400 / c.segmentBytes();
    return Optional.of(
        new Proposal(
            List.of(s.change(SEGMENT_BYTES, Long.toString(target))),
            after,
            List.of(
                "The active segment is never tiered: each partition replica keeps up to "
                    + Quantities.bytes(target)
                    + " locally before upload",
                "Retention deletes whole segments, so data may stay up to one segment longer"),
            List.of(
                "segment.bytes "
                    + Quantities.bytes(c.segmentBytes())
                    + ": "
                    + String.format(java.util.Locale.ROOT, "%.1f", segmentsPerDay)
                    + " segments per partition per day",
                before.putsPerMonth() + " PUT requests per month now")));
  }
}
