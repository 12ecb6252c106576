package io.tierline.costanalyzer.recommend;

import io.tierline.costanalyzer.inventory.ConsumerGroupLag;
import io.tierline.costanalyzer.inventory.TopicSnapshot;
import io.tierline.costanalyzer.model.Assumptions;
import io.tierline.costanalyzer.model.CostModel;
import io.tierline.costanalyzer.model.Prices;
import io.tierline.costanalyzer.model.TieredRate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Named topics for the rules' tests; each comment gives the shape that matters. */
final class TopicScenarios {

  static final long MIN_MS = 60_000L;
  static final long HOUR_MS = 3_600_000L;
  static final long DAY_MS = 86_400_000L;
  static final long MIB = 1L << 20;
  static final long GIB = 1L << 30;

  private TopicScenarios() {}

  static TopicScenario topic(
      String name,
      int partitions,
      double rate,
      Map<String, String> configs,
      List<ConsumerGroupLag> groups,
      Double readFraction) {
    TopicSnapshot t =
        new TopicSnapshot(name, partitions, 3, configs, rate, null, readFraction, groups);
    return TopicScenario.of(t, Assumptions.defaults(), "standard", 0.0);
  }

  /** 12 partitions, 6 MB/s, 7 days, delete; two groups, the slower 10 minutes behind. */
  static TopicScenario busyDeleteTopic() {
    return topic(
        "orders.created",
        12,
        6_000_000,
        Map.of("retention.ms", Long.toString(7 * DAY_MS)),
        List.of(
            new ConsumerGroupLag("fulfilment", 20_000L),
            new ConsumerGroupLag("search", 10 * MIN_MS)),
        null);
  }

  /** Like {@link #busyDeleteTopic()}, with another cleanup policy. */
  static TopicScenario withPolicy(String policy) {
    return busyDeleteTopic().with("cleanup.policy", policy);
  }

  /**
   * 7 days of retention, but a group six days behind: local retention would have to exceed
   * retention.
   */
  static TopicScenario lagNearRetention() {
    return topic(
        "analytics.replays",
        12,
        6_000_000,
        Map.of("retention.ms", Long.toString(7 * DAY_MS)),
        List.of(new ConsumerGroupLag("backfill", 6 * DAY_MS)),
        null);
  }

  /** 30 days, 1 partition at 1 kB/s: a segment rolls by segment.ms (7 days), long after any lag. */
  static TopicScenario slowTopic() {
    return topic(
        "identity.password-resets",
        1,
        1000,
        Map.of("retention.ms", Long.toString(30 * DAY_MS)),
        List.of(new ConsumerGroupLag("mailer", MIN_MS)),
        null);
  }

  /**
   * 100 partitions at 5 MB/s for 7 days = 3 TB, with retention.bytes 100 GiB that no partition
   * reaches.
   */
  static TopicScenario retentionBytesMeantPerTopic() {
    return topic(
        "logistics.gps",
        100,
        5_000_000,
        Map.of(
            "retention.ms", Long.toString(7 * DAY_MS), "retention.bytes", Long.toString(100 * GIB)),
        List.of(new ConsumerGroupLag("eta", MIN_MS)),
        null);
  }

  /**
   * Tiered at 25 MB/s over 64 partitions with 16 MiB segments: a segment rolls every 43 s per
   * partition.
   */
  static TopicScenario tieredSmallSegments() {
    return topic(
        "analytics.raw-logs",
        64,
        25_000_000,
        Map.of(
            "retention.ms",
            Long.toString(7 * DAY_MS),
            "remote.storage.enable",
            "true",
            "local.retention.ms",
            Long.toString(12 * HOUR_MS),
            "segment.bytes",
            Long.toString(16 * MIB)),
        List.of(new ConsumerGroupLag("archiver", HOUR_MS)),
        null);
  }

  /** Tiered, 180 days, 1 MB/s, old data read in 0.1% of reads. */
  static TopicScenario tieredLongRetentionRarelyRead() {
    return topic(
        "orders.invoices",
        12,
        1_000_000,
        Map.of(
            "retention.ms",
            Long.toString(180 * DAY_MS),
            "remote.storage.enable",
            "true",
            "local.retention.ms",
            Long.toString(DAY_MS)),
        List.of(new ConsumerGroupLag("billing", 4 * HOUR_MS)),
        0.001);
  }

  static Prices standard() {
    return new Prices(0.08, TieredRate.flat(0.023), 0, 0, 0.02, 0.005, 0.0004);
  }

  static Prices infrequentAccess() {
    return new Prices(0.08, TieredRate.flat(0.0125), 0.01, 30, 0.02, 0.005, 0.0004);
  }

  static RuleContext context(RuleSettings settings, int racks) {
    return new RuleContext(
        new CostModel(),
        Map.of("standard", standard(), "standard-ia", infrequentAccess()),
        Optional.of("standard-ia"),
        settings,
        racks);
  }

  static RuleContext context() {
    return context(RuleSettings.defaults(), 3);
  }
}
