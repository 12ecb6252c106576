package io.tierline.costanalyzer.recommend;

import io.tierline.costanalyzer.inventory.TopicConfig;
import io.tierline.costanalyzer.model.Workload;
import java.util.List;
import java.util.Optional;

/**
 * Move a tiered topic to the catalog's infrequent-access storage class where data stays long (at
 * least the configured minimum, 30 days by default, which also covers the class's minimum duration)
 * and old data is rarely read, so that retrieval fees stay below the storage savings (the
 * recommender checks that).
 */
final class InfrequentAccessClassRule implements RecommendationRule {

  static final String NAME = "infrequent-access-class";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Proposal> evaluate(TopicScenario s, RuleContext ctx) {
    TopicConfig c = s.config();
    RuleSettings settings = ctx.settings();
    if (!c.remoteStorageEnable() || ctx.infrequentAccessClass().isEmpty()) {
      return Optional.empty();
    }
    String target = ctx.infrequentAccessClass().get();
    Workload w = s.workload();
    double keptMs = w.retention().effectiveMs(w.bytesPerSecondPerPartition());
    double minimumMs =
        Math.max(
            settings.infrequentAccessMinRetentionMs(),
            ctx.pricesByStorageClass().get(target).objectMinimumDurationDays() * 86_400_000.0);
    if (target.equals(s.objectStorageClass())
        || keptMs < minimumMs
        || w.historicalReadFraction() > settings.infrequentAccessMaxReadFraction()) {
      return Optional.empty();
    }
    return Optional.of(
        new Proposal(
            List.of(
                new ConfigChange(
                    ConfigChange.STORAGE, "object storage class", s.objectStorageClass(), target)),
            s.withObjectStorageClass(target),
            List.of(
                "Each GB read back pays a retrieval fee; a new consumer replaying the topic costs"
                    + " more",
                "Objects deleted early are billed for the class's minimum duration; small objects"
                    + " (indexes, manifests) may be billed at a minimum size"),
            List.of(
                "data kept "
                    + Quantities.duration(keptMs)
                    + " (needs at least "
                    + Quantities.duration(minimumMs)
                    + ")",
                "share of reads from old data: "
                    + w.historicalReadFraction()
                    + " (at most "
                    + settings.infrequentAccessMaxReadFraction()
                    + ")")));
  }
}
