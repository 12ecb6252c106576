package io.tierline.costanalyzer.recommend;

import java.util.List;

/**
 * The recommender's thresholds and the order its rules run in. Every field has a documented default
 * ({@link #defaults()}), listed in the README's table.
 *
 * @param order rule names, in the order they run; each sees the topic as the earlier ones left it
 * @param lagSafetyFactor local retention and shortened retention cover the worst group's lag times this
 * @param minRetentionMs shortened retention never goes below this
 * @param maxRetentionFraction retention is shortened only when the new value is at most this share of the old
 * @param deliberateRetentionMs retention of this length or more is taken as deliberate (compliance) and kept
 * @param followerFetchingMinMonthlyCost consumer cross-zone cost per topic from which follower fetching is advised
 * @param smallSegmentBytes tiered segments below this size are flagged
 * @param targetSegmentBytes segment size recommended instead of a small one
 * @param infrequentAccessMinRetentionMs an infrequent-access class needs at least this retention
 * @param infrequentAccessMaxReadFraction and at most this share of reads going to old data
 * @param minMonthlySavings recommendations saving less than this per month are dropped
 */
public record RuleSettings(
    List<String> order,
    double lagSafetyFactor,
    long minRetentionMs,
    double maxRetentionFraction,
    long deliberateRetentionMs,
    double followerFetchingMinMonthlyCost,
    long smallSegmentBytes,
    long targetSegmentBytes,
    long infrequentAccessMinRetentionMs,
    double infrequentAccessMaxReadFraction,
    double minMonthlySavings) {

  private static final long DAY_MS = 86_400_000L;

  public RuleSettings {
    order = List.copyOf(order);
    if (!(lagSafetyFactor >= 1)) {
      throw new IllegalArgumentException("lagSafetyFactor: must be >= 1, was " + lagSafetyFactor);
    }
    if (minRetentionMs < 0 || deliberateRetentionMs < 0 || smallSegmentBytes < 0 || infrequentAccessMinRetentionMs < 0) {
      throw new IllegalArgumentException("minRetentionMs, deliberateRetentionMs, smallSegmentBytes, infrequentAccessMinRetentionMs: must be >= 0");
    }
    if (!(maxRetentionFraction > 0 && maxRetentionFraction <= 1)) {
      throw new IllegalArgumentException("maxRetentionFraction: must be in (0, 1], was " + maxRetentionFraction);
    }
    if (targetSegmentBytes < (1L << 20)) {
      throw new IllegalArgumentException("targetSegmentBytes: must be >= 1 MiB (Kafka's minimum), was " + targetSegmentBytes);
    }
    if (!(infrequentAccessMaxReadFraction >= 0 && infrequentAccessMaxReadFraction <= 1)) {
      throw new IllegalArgumentException("infrequentAccessMaxReadFraction: must be between 0 and 1");
    }
    if (!(followerFetchingMinMonthlyCost >= 0) || !(minMonthlySavings >= 0)) {
      throw new IllegalArgumentException("followerFetchingMinMonthlyCost, minMonthlySavings: must be >= 0");
    }
  }

  public static RuleSettings defaults() {
    return new RuleSettings(Rules.DEFAULT_ORDER, 2.0, 3 * DAY_MS, 0.5, 90 * DAY_MS, 50.0, 64L << 20, 1L << 30, 30 * DAY_MS,
        0.01, 1.0);
  }
}
