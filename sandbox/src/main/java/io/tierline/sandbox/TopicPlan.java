package io.tierline.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of the sandbox's topics: how it is configured, how much is written to it, and who reads it.
 * Time runs fast in the sandbox: retention is minutes where production has days, so that the bucket
 * reaches its steady state while one watches. Local retention is still longer than the cost
 * service's sampling window, as in production, so that measuring ingress reads local data only; the
 * late group lags by more than local retention plus a segment's filling time (26 s at 40 KB/s per
 * partition), so all it reads comes from the bucket.
 *
 * @param bytesPerSecond record values written per second; 0 for an idle topic
 * @param keys distinct record keys, cycled through; 0 for records without a key
 * @param reader the consumer group that reads it, if one does
 */
record TopicPlan(
    String name,
    String what,
    int partitions,
    Map<String, String> configs,
    int bytesPerSecond,
    int keys,
    Optional<Reader> reader) {

  /**
   * A consumer group.
   *
   * @param delay how far behind the newest records it reads: a group this late reads what local
   *     retention already removed, from remote storage
   */
  record Reader(String group, Duration delay) {}

  static final long SEGMENT_BYTES = 1 << 20;

  /** The sandbox's topics, each for a reason that the report should show. */
  static final List<TopicPlan> ALL =
      List.of(
          new TopicPlan(
              "orders",
              "tiered, read as it is written",
              2,
              tiered(Duration.ofMinutes(10), Duration.ofMinutes(2)),
              60_000,
              0,
              Optional.of(new Reader("billing", Duration.ZERO))),
          new TopicPlan(
              "clickstream",
              "tiered, read 150 s late, from remote storage",
              3,
              tiered(Duration.ofMinutes(10), Duration.ofSeconds(75)),
              120_000,
              0,
              Optional.of(new Reader("analytics-replay", Duration.ofSeconds(150)))),
          new TopicPlan(
              "payments.ledger",
              "not tiered: a day on broker disks",
              2,
              Map.of(
                  "retention.ms", Long.toString(Duration.ofDays(1).toMillis()),
                  "segment.bytes", Long.toString(SEGMENT_BYTES)),
              20_000,
              0,
              Optional.of(new Reader("ledger-writer", Duration.ZERO))),
          new TopicPlan(
              "customers.profiles",
              "compacted: the latest profile per customer",
              1,
              Map.of("cleanup.policy", "compact", "segment.bytes", Long.toString(SEGMENT_BYTES)),
              10_000,
              2_000,
              Optional.of(new Reader("crm-sync", Duration.ZERO))),
          new TopicPlan(
              "audit.archive",
              "tiered and idle: nothing written",
              1,
              tiered(Duration.ofDays(7), Duration.ofHours(1)),
              0,
              0,
              Optional.empty()));

  private static Map<String, String> tiered(Duration retention, Duration local) {
    return Map.of(
        "remote.storage.enable", "true",
        "retention.ms", Long.toString(retention.toMillis()),
        "local.retention.ms", Long.toString(local.toMillis()),
        "segment.bytes", Long.toString(SEGMENT_BYTES));
  }

  boolean tiered() {
    return "true".equals(configs.get("remote.storage.enable"));
  }
}
