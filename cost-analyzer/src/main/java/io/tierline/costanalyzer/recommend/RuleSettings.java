package io.tierline.costanalyzer.recommend;

import io.tierline.settingsdocs.Setting;
import java.util.List;

/**
 * The recommender's thresholds and the order its rules run in. Every field has a documented default
 * ({@link #defaults()}), described where it is declared for the settings table in {@code
 * docs/cost-analyzer.md}.
 */
public record RuleSettings(
    @Setting("rules in the order they run; each sees the topic as the earlier ones left it")
        List<String> order,
    @Setting("local retention and shortened retention cover the worst group's lag × this")
        double lagSafetyFactor,
    @Setting("shortened retention never goes below this") long minRetentionMs,
    @Setting("retention is shortened only to at most this share of the current value")
        double maxRetentionFraction,
    @Setting("retention this long or longer is taken as deliberate (compliance) and kept")
        long deliberateRetentionMs,
    @Setting(
            "consumer cross-zone cost per topic (USD/month) from which follower fetching is"
                + " advised")
        double followerFetchingMinMonthlyCost,
    @Setting("tiered segments below this are flagged") long smallSegmentBytes,
    @Setting(
            "segment size proposed instead (capped by `retention.bytes` and"
                + " `local.retention.bytes`)")
        long targetSegmentBytes,
    @Setting(
            "an infrequent-access class needs at least this retention (and the class's minimum"
                + " duration)")
        long infrequentAccessMinRetentionMs,
    @Setting("and at most this share of reads from old data")
        double infrequentAccessMaxReadFraction,
    @Setting("recommendations saving less (USD/month) are dropped") double minMonthlySavings) {

  private static final long DAY_MS = 86_400_000L;

  public RuleSettings {
    order = List.copyOf(order);
    if (!(lagSafetyFactor >= 1)) {
      throw new IllegalArgumentException("lagSafetyFactor: must be >= 1, was " + lagSafetyFactor);
    }
    if (minRetentionMs < 0
        || deliberateRetentionMs < 0
        || smallSegmentBytes < 0
        || infrequentAccessMinRetentionMs < 0) {
      throw new IllegalArgumentException(
          "minRetentionMs, deliberateRetentionMs, smallSegmentBytes,"
              + " infrequentAccessMinRetentionMs: must be >= 0");
    }
    if (!(maxRetentionFraction > 0 && maxRetentionFraction <= 1)) {
      throw new IllegalArgumentException(
          "maxRetentionFraction: must be in (0, 1], was " + maxRetentionFraction);
    }
    if (targetSegmentBytes < (1L << 20)) {
      throw new IllegalArgumentException(
          "targetSegmentBytes: must be >= 1 MiB (Kafka's minimum), was " + targetSegmentBytes);
    }
    if (!(infrequentAccessMaxReadFraction >= 0 && infrequentAccessMaxReadFraction <= 1)) {
      throw new IllegalArgumentException(
          "infrequentAccessMaxReadFraction: must be between 0 and 1");
    }
    if (!(followerFetchingMinMonthlyCost >= 0) || !(minMonthlySavings >= 0)) {
      throw new IllegalArgumentException(
          "followerFetchingMinMonthlyCost, minMonthlySavings: must be >= 0");
    }
  }

  public static RuleSettings defaults() {
    return new RuleSettings(
        Rules.DEFAULT_ORDER,
        2.0,
        3 * DAY_MS,
        0.5,
        90 * DAY_MS,
        50.0,
        64L << 20,
        1L << 30,
        30 * DAY_MS,
        0.01,
        1.0);
  }
}
