package io.tierline.plugin.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.plugin.broker.RemoteLogMetadata.Segment;
import io.tierline.plugin.broker.RemoteLogMetadata.State;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scenarios of Kafka's tiered-storage harness that change a tiered topic during its life:
 * deletion by retention and by {@code deleteRecords}, topic deletion, tiering turned off,
 * partitions added and {@code segment.bytes} changed; on the shared cluster of three brokers of the
 * newest Kafka, each on topics of its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTopicLifecycleIT {
  @RegisterExtension static final SharedCluster CLUSTER = SharedCluster.newest();

  /**
   * Remote segments go by {@code deleteRecords}, then {@code retention.bytes}, then {@code
   * retention.ms}: each time the objects of exactly the deleted segments leave the bucket.
   */
  @Test
  @Order(3)
  void deletion_byDeleteRecordsRetentionBytesAndRetentionMs() throws Exception {
    TieredCluster cluster = CLUSTER.get();
    Instant start = Instant.now();
    String topic = "retention";
    Uuid id = cluster.createTopic(topic, 1, TieredCluster.tiered());
    SequencedProducer producer = new SequencedProducer(cluster.bootstrapServers(), topic);
    try (producer) {
      producer.produce(1, 6L << 20);
    }
    cluster.awaitOffloaded(topic, 1, 5);
    VerifyingConsumer.Verification result = cluster.readAll(topic, 1, producer, false);
    assertThat(result.clean()).as("%s", result).isTrue();
    List<Segment> copied = cluster.metadata().copied(topic);
    Segment first = copied.get(0);

    try (Admin admin = cluster.admin()) {
      admin
          .deleteRecords(
              Map.of(
                  new TopicPartition(topic, 0),
                  RecordsToDelete.beforeOffset(first.endOffset() + 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
    awaitOnlyCopiedSegmentsInBucket(cluster, topic, id, copied.size() - 1);
    assertThat(cluster.copiedSegmentIds(topic))
        .as("segments left after deleteRecords: all but the first")
        .isEqualTo(
            copied.stream().skip(1).map(Segment::id).collect(java.util.stream.Collectors.toSet()));

    int before = cluster.copiedSegmentIds(topic).size();
    cluster.alterTopic(topic, Map.of("retention.bytes", String.valueOf(5L << 19)));
    awaitOnlyCopiedSegmentsInBucket(cluster, topic, id, before - 1);
    int afterBytes = cluster.copiedSegmentIds(topic).size();
    assertThat(afterBytes).as("segments left within retention.bytes").isPositive();

    cluster.alterTopic(topic, Map.of("retention.bytes", "-1", "retention.ms", "1000"));
    awaitOnlyCopiedSegmentsInBucket(cluster, topic, id, 0);
    cluster.await(
        "no segment of " + topic + " is left in the bucket",
        () -> cluster.bucketSegmentIds(topic, id).isEmpty(),
        () -> "in the bucket " + cluster.bucketSegmentIds(topic, id));
    SegmentAudit audit = cluster.audit(topic);
    assertThat(audit.consistent()).as("%s", audit).isTrue();
    ProvenBehaviour.record(
        "3. deletion by deleteRecords, retention.bytes, retention.ms ("
            + copied.size()
            + " → "
            + (copied.size() - 1)
            + " → "
            + afterBytes
            + " → 0 remote segments)",
        cluster,
        "none",
        producer.sent(),
        result,
        audit,
        start);
  }

  /**
   * Waits until at most {@code atMost} segments of the topic are copied, no deletion is under way,
   * and the bucket holds the objects of the copied segments and of no other.
   */
  private static void awaitOnlyCopiedSegmentsInBucket(
      TieredCluster cluster, String topic, Uuid id, int atMost) throws Exception {
    cluster.await(
        "at most " + atMost + " segments of " + topic + " are left, in the bucket and nothing else",
        () -> {
          Set<String> copied = cluster.copiedSegmentIds(topic);
          boolean deleting =
              cluster.metadata().segments(topic).stream()
                  .anyMatch(s -> s.state() == State.DELETE_SEGMENT_STARTED);
          return copied.size() <= atMost
              && !deleting
              && cluster.bucketSegmentIds(topic, id).equals(copied);
        },
        () ->
            "copied "
                + io.tierline.plugin.broker.BrokerCluster.seen(
                    () -> cluster.copiedSegmentIds(topic))
                + ", in the bucket "
                + cluster.bucketSegmentIds(topic, id));
  }

  /** Partitions added to a tiered topic are tiered too. */
  @Test
  @Order(9)
  void addedPartitions_areTieredToo() throws Exception {
    TieredCluster cluster = CLUSTER.get();
    Instant start = Instant.now();
    String topic = "grown";
    cluster.createTopic(topic, 1, TieredCluster.tiered());
    SequencedProducer producer = new SequencedProducer(cluster.bootstrapServers(), topic);
    try (producer) {
      producer.produce(1, 3L << 20);
      cluster.awaitOffloaded(topic, 1, 2);
      try (Admin admin = cluster.admin()) {
        admin
            .createPartitions(Map.of(topic, NewPartitions.increaseTo(3)))
            .all()
            .get(30, TimeUnit.SECONDS);
      }
      cluster.await(
          "the three partitions of " + topic + " have leaders",
          () ->
              cluster.brokers().partitions(topic).size() == 3
                  && cluster.brokers().partitions(topic).stream().allMatch(p -> p.leader() != null),
          () -> "");
      producer.produce(3, 9L << 20);
    }
    cluster.awaitOffloaded(topic, 3, 2);
    VerifyingConsumer.Verification result = cluster.readAll(topic, 3, producer, false);
    assertThat(result.clean()).as("%s", result).isTrue();
    SegmentAudit audit = cluster.audit(topic);
    assertThat(audit.consistent()).as("%s", audit).isTrue();
    ProvenBehaviour.record(
        "9. partitions added to a tiered topic (1 → 3)",
        cluster,
        "none",
        producer.sent(),
        result,
        audit,
        start);
  }

  /** {@code segment.bytes} doubled on a live topic, its leader restarted: bigger segments go up. */
  @Test
  @Order(10)
  void segmentBytesChanged_withABrokerRestart() throws Exception {
    TieredCluster cluster = CLUSTER.get();
    Instant start = Instant.now();
    String topic = "resized";
    cluster.createTopic(topic, 1, TieredCluster.tiered());
    SequencedProducer producer = new SequencedProducer(cluster.bootstrapServers(), topic);
    int leader;
    try (producer) {
      producer.produce(1, 3L << 20);
      cluster.awaitOffloaded(topic, 1, 2);
      cluster.alterTopic(
          topic, Map.of("segment.bytes", String.valueOf(2 * TieredCluster.SEGMENT_BYTES)));
      leader = cluster.brokers().leader(topic, 0);
      cluster.brokers().restart(leader);
      producer.produce(1, 6L << 20);
    }
    long smallSegmentRecords = TieredCluster.SEGMENT_BYTES / SequencedProducer.RECORD_SIZE;
    cluster.await(
        "two segments of about 2 MiB of " + topic + " are copied",
        () ->
            cluster.metadata().copied(topic).stream()
                    .filter(s -> s.endOffset() - s.startOffset() + 1 > 1.5 * smallSegmentRecords)
                    .count()
                >= 2,
        () -> cluster.describeTiering(topic, 1));
    cluster.brokers().awaitFullyInSync(topic);
    VerifyingConsumer.Verification result = cluster.readAll(topic, 1, producer, false);
    assertThat(result.clean()).as("%s", result).isTrue();
    SegmentAudit audit = cluster.audit(topic);
    assertThat(audit.consistent()).as("%s", audit).isTrue();
    ProvenBehaviour.record(
        "10. segment.bytes 1 → 2 MiB on a live topic, leader (broker " + leader + ") restarted",
        cluster,
        "restart of broker " + leader,
        producer.sent(),
        result,
        audit,
        start);
  }

  /** Deleting a topic empties its keys in the bucket, and no other topic's. */
  @Test
  @Order(11)
  void topicDeletion_emptiesItsKeysInTheBucket() throws Exception {
    TieredCluster cluster = CLUSTER.get();
    Instant start = Instant.now();
    String topic = "deleted";
    Uuid id = cluster.createTopic(topic, 2, TieredCluster.tiered());
    SequencedProducer producer = new SequencedProducer(cluster.bootstrapServers(), topic);
    try (producer) {
      producer.produce(2, 6L << 20);
    }
    cluster.awaitOffloaded(topic, 2, 2);
    VerifyingConsumer.Verification result = cluster.readAll(topic, 2, producer, false);
    assertThat(result.clean()).as("%s", result).isTrue();
    SegmentAudit audit = cluster.audit(topic);
    assertThat(audit.consistent()).as("%s", audit).isTrue();
    assertThat(cluster.bucketSegmentIds(topic, id)).isNotEmpty();
    Uuid other = cluster.topicId("grown");
    Set<String> otherBefore = cluster.bucketSegmentIds("grown", other);

    cluster.deleteTopic(topic);
    cluster.await(
        "the bucket holds no key of " + topic,
        () -> cluster.bucket().keys("/" + topic + "-" + id + "/").isEmpty(),
        () -> "left " + cluster.bucket().keys("/" + topic + "-" + id + "/"));
    assertThat(cluster.bucketSegmentIds("grown", other))
        .as("segments of another topic")
        .isEqualTo(otherBefore);
    ProvenBehaviour.record(
        "4. topic deletion empties the topic's keys",
        cluster,
        "none",
        producer.sent(),
        result,
        audit,
        start);
  }

  /**
   * KIP-950: {@code remote.log.copy.disable} stops copying; then {@code
   * remote.storage.enable=false} with {@code remote.log.delete.on.disable=true} deletes the remote
   * data.
   */
  @Test
  @Order(12)
  void tieringTurnedOff_copyingStopsThenRemoteDataGoes() throws Exception {
    TieredCluster cluster = CLUSTER.get();
    Instant start = Instant.now();
    String topic = "tiering-off";
    Uuid id = cluster.createTopic(topic, 1, TieredCluster.tiered());
    SequencedProducer producer = new SequencedProducer(cluster.bootstrapServers(), topic);
    try (producer) {
      producer.produce(1, 3L << 20);
      cluster.awaitOffloaded(topic, 1, 2);
      VerifyingConsumer.Verification result = cluster.readAll(topic, 1, producer, false);
      assertThat(result.clean()).as("%s", result).isTrue();
      // Kafka insists that local retention equal retention once nothing is copied any more.
      String week = String.valueOf(Duration.ofDays(7).toMillis());
      cluster.alterTopic(
          topic,
          Map.of(
              "remote.log.copy.disable", "true",
              "retention.ms", week,
              "local.retention.ms", week));
      Set<String> copiedBefore = cluster.copiedSegmentIds(topic);
      producer.produce(1, 4L << 20);
      int leader = cluster.brokers().leader(topic, 0);
      cluster.await(
          "the leader keeps three rolled segments of " + topic + " locally",
          () -> cluster.broker(leader).localSegments(topic, 0).size() >= 4,
          () -> cluster.describeTiering(topic, 1));
      assertThat(cluster.copiedSegmentIds(topic))
          .as("segments copied once copying was disabled")
          .isEqualTo(copiedBefore);

      cluster.alterTopic(
          topic, Map.of("remote.storage.enable", "false", "remote.log.delete.on.disable", "true"));
      cluster.await(
          "the remote data of " + topic + " is gone",
          () ->
              cluster.bucket().keys("/" + topic + "-" + id + "/").isEmpty()
                  && cluster.copiedSegmentIds(topic).isEmpty(),
          () -> "left " + cluster.bucket().keys("/" + topic + "-" + id + "/"));
      SegmentAudit audit = cluster.audit(topic);
      assertThat(audit.consistent()).as("%s", audit).isTrue();
      ProvenBehaviour.record(
          "5. remote.log.copy.disable, then remote.storage.enable=false (delete on disable)",
          cluster,
          "none",
          producer.sent(),
          result,
          audit,
          start);
    }
  }
}
