package io.tierline.plugin.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.plugin.broker.BrokerCluster;
import io.tierline.plugin.broker.RemoteLogMetadata.Segment;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scenario 7, leader failover: the leader of a tiered partition is killed with SIGKILL while a
 * producer writes to it. The new leader must serve the segments the old one uploaded, from the
 * bucket, and go on uploading; the remote log metadata must match the bucket: no segment stored
 * twice, none missing, no gap in offsets.
 */
final class FailoverRun {
  private static final int PARTITIONS = 2;

  private final TieredCluster cluster;
  private final String topic;

  FailoverRun(TieredCluster cluster, String topic) {
    this.cluster = cluster;
    this.topic = topic;
  }

  void run() throws Exception {
    Instant start = Instant.now();
    cluster.createTopic(topic, PARTITIONS, TieredCluster.tiered());
    SequencedProducer producer = new SequencedProducer(cluster.bootstrapServers(), topic);
    try (producer) {
      producer.startBackground(PARTITIONS, FaultRun.BYTES_PER_SECOND);
      cluster.await(
          "partition 0 of " + topic + " has copied two segments",
          () -> copied().size() >= 2,
          () -> cluster.describeTiering(topic, PARTITIONS));
      int oldLeader = cluster.brokers().leader(topic, 0);
      Set<String> copiedByOld =
          copied().stream().map(Segment::id).collect(Collectors.toUnmodifiableSet());

      cluster.brokers().kill(oldLeader);
      cluster.await(
          "partition 0 of " + topic + " has a new leader",
          () -> {
            int leader = cluster.brokers().leader(topic, 0);
            return leader >= 0 && leader != oldLeader;
          },
          () -> BrokerCluster.seen(() -> cluster.brokers().partitions(topic)));
      int newLeader = cluster.brokers().leader(topic, 0);
      cluster.await(
          "the new leader " + newLeader + " copies segments of partition 0",
          () -> copied().stream().anyMatch(s -> s.brokerId() == newLeader),
          () -> cluster.describeTiering(topic, PARTITIONS));
      producer.stop();
      double fetchedBefore = cluster.pluginMetric(newLeader, topic, "bytes-fetched-total");

      VerifyingConsumer.Verification result = cluster.readAll(topic, PARTITIONS, producer, false);
      assertThat(result.clean()).as("%s", result).isTrue();
      assertThat(cluster.pluginMetric(newLeader, topic, "bytes-fetched-total"))
          .as("bytes the new leader fetched from the bucket, the old leader's segments among them")
          .isGreaterThan(fetchedBefore);
      assertThat(copied().stream().map(Segment::id).collect(Collectors.toSet()))
          .as("segments the old leader uploaded are still in the metadata")
          .containsAll(copiedByOld);
      SegmentAudit audit = cluster.audit(topic);
      assertThat(audit.consistent()).as("%s", audit).isTrue();
      ProvenBehaviour.record(
          "7. leader failover (kill -9 of the leader while producing)",
          cluster.version(),
          "kill -9 of broker " + oldLeader,
          producer.sent(),
          result.read(),
          result.lost() + result.corrupted(),
          ProvenBehaviour.segments(audit),
          Duration.between(start, Instant.now()));
    } finally {
      cluster.heal();
      cluster.deleteTopic(topic);
    }
  }

  private java.util.List<Segment> copied() throws Exception {
    return cluster.metadata().copied(topic).stream().filter(s -> s.partition() == 0).toList();
  }
}
