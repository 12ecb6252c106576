package io.tierline.costanalyzer.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicWorkloadsTest {
  /** 3 partitions at 40,000 B/s each: a 1 MiB segment fills in 26.2 s. */
  private static final Map<String, String> TIERED =
      Map.of(
          "remote.storage.enable", "true",
          "retention.ms", "600000",
          "local.retention.ms", "75000",
          "segment.bytes", "1048576");

  private static TopicSnapshot topic(
      Map<String, String> configs, Double readFraction, ConsumerGroupLag... groups) {
    return new TopicSnapshot(
        "clickstream", 3, 1, configs, 120_000.0, 0L, readFraction, List.of(groups));
  }

  @Test
  void of_tieredWithAGroupBehindLocalRetentionAndASegment_readsAllOfItsShareRemotely() {
    TopicSnapshot t =
        topic(
            TIERED,
            null,
            new ConsumerGroupLag("replay", 150_000L),
            new ConsumerGroupLag("live", 200L));

    assertThat(TopicWorkloads.of(t, t.configs(), 0).historicalReadFraction())
        .isCloseTo(0.5, within(1e-9));
  }

  @Test
  void of_aGroupWithinLocalRetentionPlusASegment_readsLocally_theDefaultApplies() {
    // 90 s is past local retention (75 s) but not past it plus a segment's 26 s: still on disk.
    TopicSnapshot t = topic(TIERED, null, new ConsumerGroupLag("late", 90_000L));

    assertThat(TopicWorkloads.of(t, t.configs(), 0.02).historicalReadFraction()).isEqualTo(0.02);
  }

  @Test
  void of_givenFractionOrUntieredTopic_isNotInferredFromLag() {
    ConsumerGroupLag replay = new ConsumerGroupLag("replay", 3_600_000L);

    TopicSnapshot given = topic(TIERED, 0.1, replay);
    assertThat(TopicWorkloads.of(given, given.configs(), 0).historicalReadFraction())
        .isEqualTo(0.1);
    TopicSnapshot untiered = topic(Map.of("retention.ms", "600000"), null, replay);
    assertThat(TopicWorkloads.of(untiered, untiered.configs(), 0).historicalReadFraction())
        .isZero();
  }
}
