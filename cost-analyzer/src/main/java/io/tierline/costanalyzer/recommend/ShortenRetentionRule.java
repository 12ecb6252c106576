package io.tierline.costanalyzer.recommend;

import static io.tierline.costanalyzer.inventory.TopicConfig.LOCAL_RETENTION_MS;
import static io.tierline.costanalyzer.inventory.TopicConfig.RETENTION_MS;

import io.tierline.costanalyzer.inventory.ConsumerGroupLag;
import io.tierline.costanalyzer.inventory.TopicConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shorten {@code retention.ms} where no consumer group reads old data: to the worst lag × the
 * safety factor, but never below the configured minimum nor below an explicit local retention.
 * Topics with unlimited or very long retention, or without consumer groups, are left alone: keeping
 * data that long, or for no reader, is a choice (compliance, replay) that the measured lag cannot
 * judge.
 */
final class ShortenRetentionRule implements RecommendationRule {

  static final String NAME = "shorten-retention";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Proposal> evaluate(TopicScenario s, RuleContext ctx) {
    TopicConfig c = s.config();
    RuleSettings settings = ctx.settings();
    if (!c.deletes()
        || c.retentionMs() == -1
        || c.retentionMs() >= settings.deliberateRetentionMs()
        || s.topic().consumerGroups().isEmpty()) {
      return Optional.empty();
    }
    long proposed =
        Quantities.ceilHours(
            Math.max(
                s.topic().worstLagMs() * settings.lagSafetyFactor(), settings.minRetentionMs()));
    if (c.remoteStorageEnable() && c.localRetentionMs() > proposed) {
      proposed = c.localRetentionMs();
    }
    if (proposed > c.retentionMs() * settings.maxRetentionFraction()) {
      return Optional.empty();
    }
    String value = Long.toString(proposed);
    List<ConfigChange> changes = List.of(s.change(RETENTION_MS, value));
    TopicScenario after = s.with(RETENTION_MS, value);
    if (c.localRetentionMs() >= 0 && c.localRetentionMs() > proposed) {
      changes = List.of(changes.get(0), s.change(LOCAL_RETENTION_MS, value));
      after = after.with(LOCAL_RETENTION_MS, value);
    }
    List<String> evidence = new ArrayList<>();
    evidence.add(
        "retention now: "
            + Quantities.duration(c.retentionMs())
            + "; proposed: "
            + Quantities.duration(proposed)
            + " (worst lag × "
            + settings.lagSafetyFactor()
            + ", at least "
            + Quantities.duration(settings.minRetentionMs())
            + ")");
    for (ConsumerGroupLag g : s.topic().consumerGroups()) {
      evidence.add("group " + g.group() + " lags " + Quantities.duration(g.lagMs()));
    }
    return Optional.of(
        new Proposal(
            changes,
            after,
            List.of(
                "Data older than "
                    + Quantities.duration(proposed)
                    + " is deleted and cannot be replayed: check with the owners (audits,"
                    + " reprocessing, new consumers starting from the earliest offset)"),
            evidence));
  }
}
