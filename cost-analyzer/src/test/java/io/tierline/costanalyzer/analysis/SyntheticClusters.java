package io.tierline.costanalyzer.analysis;

import io.tierline.costanalyzer.inventory.BrokerInfo;
import io.tierline.costanalyzer.inventory.ClusterSnapshot;
import io.tierline.costanalyzer.inventory.ConsumerGroupLag;
import io.tierline.costanalyzer.inventory.TeamRule;
import io.tierline.costanalyzer.inventory.TopicSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generated clusters of any size with the sample's mix: a tenth compacted, some bounded by
 * retention.bytes, a fifth tiered (some with small segments), long retentions, lagging groups.
 * Partition counts cycle through 4…36 so that the average is exactly 20 partitions per topic.
 */
final class SyntheticClusters {

  private static final long HOUR_MS = 3_600_000L;
  private static final long DAY_MS = 24 * HOUR_MS;
  private static final int[] PARTITIONS = {4, 8, 12, 16, 20, 24, 28, 32, 36, 20};
  private static final String[] TEAMS = {
    "payments", "orders", "analytics", "identity", "logistics"
  };

  private SyntheticClusters() {}

  static ClusterSnapshot generate(int topics, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<BrokerInfo> brokers = new ArrayList<>();
    for (int b = 0; b < 30; b++) {
      brokers.add(new BrokerInfo(b, "az" + (b % 3 + 1)));
    }
    List<TeamRule> teams = new ArrayList<>();
    for (String team : TEAMS) {
      teams.add(new TeamRule("^" + team + "\\.", team));
    }
    List<TopicSnapshot> list = new ArrayList<>(topics);
    for (int i = 0; i < topics; i++) {
      list.add(topic(i, random));
    }
    return new ClusterSnapshot("synthetic-" + topics, "aws-us-east-1", null, brokers, teams, list);
  }

  private static TopicSnapshot topic(int i, SplittableRandom random) {
    int partitions = PARTITIONS[i % PARTITIONS.length];
    String prefix = i % 17 == 0 ? "misc" : TEAMS[i % TEAMS.length];
    double rate = Math.pow(10, 3 + random.nextDouble() * 4.5);
    Map<String, String> configs = new HashMap<>();
    int kind = random.nextInt(20);
    long retentionMs =
        new long[] {DAY_MS, 3 * DAY_MS, 7 * DAY_MS, 14 * DAY_MS, 30 * DAY_MS, 90 * DAY_MS}
            [random.nextInt(6)];
    configs.put("retention.ms", Long.toString(retentionMs));
    if (kind < 2) {
      configs.put("cleanup.policy", kind == 0 ? "compact" : "compact,delete");
    } else if (kind < 5) {
      configs.put("retention.bytes", Long.toString((1L << 30) * (1 + random.nextInt(200))));
    } else if (kind < 9) {
      configs.put("remote.storage.enable", "true");
      configs.put(
          "local.retention.ms",
          Long.toString(Math.min(retentionMs, HOUR_MS * (1 + random.nextInt(48)))));
      if (kind == 8) {
        configs.put("segment.bytes", Long.toString(16L << 20));
      }
    } else if (kind == 9) {
      configs.put("retention.ms", "-1");
    }
    List<ConsumerGroupLag> groups = new ArrayList<>();
    for (int g = random.nextInt(5); g > 0; g--) {
      long lag =
          random.nextInt(10) == 0
              ? (long) (random.nextDouble() * 2 * DAY_MS)
              : random.nextInt(600_000);
      groups.add(new ConsumerGroupLag("group-" + g, lag));
    }
    long size = (long) (rate * 7 * 86_400);
    Double reads = random.nextInt(4) == 0 ? random.nextDouble() * 0.05 : null;
    return new TopicSnapshot(
        prefix + ".topic-" + i, partitions, 3, configs, rate, size, reads, groups);
  }
}
