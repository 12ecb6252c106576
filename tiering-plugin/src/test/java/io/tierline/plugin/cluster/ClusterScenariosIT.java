package io.tierline.plugin.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.plugin.broker.BrokerCluster;
import io.tierline.plugin.broker.ChecksummedRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitionReassignment;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.ElectionType;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scenarios of Kafka's own tiered-storage harness ({@code TieredStorageTestHarness}), each
 * against the real plugin on a cluster of three brokers of the newest Kafka, on one bucket, each on
 * topics of its own. Records are checked byte for byte.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterScenariosIT {
  @RegisterExtension static final SharedCluster CLUSTER = SharedCluster.newest();

  @Test
  @Order(1)
  void offload_thenConsumeFromTheLeader() throws Exception {
    TieredCluster cluster = CLUSTER.get();
    Instant start = Instant.now();
    String topic = "offload";
    cluster.createTopic(topic, 1, TieredCluster.tiered());
    SequencedProducer producer = new SequencedProducer(cluster.bootstrapServers(), topic);
    try (producer) {
      producer.produce(1, 4L << 20);
    }
    cluster.awaitOffloaded(topic, 1, 3);
    int leader = cluster.brokers().leader(topic, 0);
    double fetchedBefore = cluster.pluginMetric(leader, topic, "bytes-fetched-total");

    VerifyingConsumer.Verification result = cluster.readAll(topic, 1, producer, false);
    assertThat(result.clean()).as("%s", result).isTrue();
    assertThat(result.acknowledged()).isEqualTo(producer.sent());
    SegmentAudit audit = cluster.audit(topic);
    assertThat(audit.consistent()).as("%s", audit).isTrue();
    assertThat(cluster.pluginMetric(leader, topic, "bytes-fetched-total"))
        .as("bytes the leader fetched from the bucket")
        .isGreaterThan(fetchedBefore);
    ProvenBehaviour.record(
        "1. offload, consume from leader",
        cluster.version(),
        "none",
        producer.sent(),
        result.read(),
        result.lost() + result.corrupted(),
        ProvenBehaviour.segments(audit),
        Duration.between(start, Instant.now()));
  }

  /**
   * Committed and aborted transactions, offloaded: a {@code read_committed} consumer reading from
   * the bucket sees no aborted record (the broker used the transaction index the plugin stored), a
   * {@code read_uncommitted} one sees them all.
   */
  @Test
  @Order(2)
  void transactions_readCommittedSkipsAbortedRecordsReadFromRemote() throws Exception {
    TieredCluster cluster = CLUSTER.get();
    Instant start = Instant.now();
    String topic = "transactions";
    cluster.createTopic(topic, 1, TieredCluster.tiered());
    Map<Long, Integer> committed = new HashMap<>();
    Map<Long, Integer> all = new HashMap<>();
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
            ProducerConfig.TRANSACTIONAL_ID_CONFIG, "scenario-transactions",
            ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.initTransactions();
      long sequence = 0;
      for (int transaction = 0; transaction < 30; transaction++) {
        boolean abort = transaction % 3 == 2;
        producer.beginTransaction();
        for (int i = 0; i < 40; i++, sequence++) {
          byte[] value = ChecksummedRecords.value(sequence, SequencedProducer.RECORD_SIZE);
          producer.send(new ProducerRecord<>(topic, 0, null, value));
          all.put(sequence, 0);
          if (!abort) {
            committed.put(sequence, 0);
          }
        }
        producer.flush();
        if (abort) {
          producer.abortTransaction();
        } else {
          producer.commitTransaction();
        }
      }
    }
    cluster.awaitOffloaded(topic, 1, 3);
    int leader = cluster.brokers().leader(topic, 0);
    double fetchedBefore = cluster.pluginMetric(leader, topic, "bytes-fetched-total");
    Map<Integer, Long> ends = cluster.endOffsets(topic, 1);

    VerifyingConsumer.Verification readCommitted;
    try (VerifyingConsumer consumer =
        new VerifyingConsumer(cluster.bootstrapServers(), topic, 1, true)) {
      consumer.readUntil(ends, Duration.ofMinutes(3));
      readCommitted = consumer.verify(committed);
      assertThat(consumer.seen().keySet())
          .as("aborted records a read_committed consumer saw")
          .doesNotContainAnyElementsOf(
              all.keySet().stream().filter(k -> !committed.containsKey(k)).toList());
    }
    assertThat(readCommitted.clean()).as("%s", readCommitted).isTrue();
    assertThat(readCommitted.read()).isEqualTo(committed.size());
    assertThat(cluster.pluginMetric(leader, topic, "bytes-fetched-total"))
        .as("bytes the leader fetched from the bucket")
        .isGreaterThan(fetchedBefore);

    VerifyingConsumer.Verification readUncommitted;
    try (VerifyingConsumer consumer =
        new VerifyingConsumer(cluster.bootstrapServers(), topic, 1, false)) {
      consumer.readUntil(ends, Duration.ofMinutes(3));
      readUncommitted = consumer.verify(all);
    }
    assertThat(readUncommitted.clean()).as("%s", readUncommitted).isTrue();
    assertThat(readUncommitted.read()).isEqualTo(all.size());
    SegmentAudit audit = cluster.audit(topic);
    assertThat(audit.consistent()).as("%s", audit).isTrue();
    ProvenBehaviour.record(
        "2. transactions (10 of 30 aborted), read_committed and read_uncommitted from remote",
        cluster,
        "none",
        all.size(),
        readUncommitted,
        audit,
        start);
  }

  /** ListOffsets for earliest, earliest-local, latest-tiered and by timestamp, from remote. */
  @Test
  @Order(6)
  void listOffsets_answeredFromRemoteSegments() throws Exception {
    TieredCluster cluster = CLUSTER.get();
    Instant start = Instant.now();
    String topic = "list-offsets";
    cluster.createTopic(topic, 1, TieredCluster.tiered());
    long first = Instant.now().minus(Duration.ofDays(2)).toEpochMilli();
    long records = 1024;
    SequencedProducer producer = new SequencedProducer(cluster.bootstrapServers(), topic);
    try (producer) {
      producer.produceWithTimestamps(records, first, 1000);
    }
    cluster.awaitOffloaded(topic, 1, 3);
    TopicPartition partition = new TopicPartition(topic, 0);
    int leader = cluster.brokers().leader(topic, 0);
    long localStart = cluster.broker(leader).localSegments(topic, 0).first();
    long tiered = cluster.metadata().highestCopiedOffset(topic, 0).orElseThrow();
    try (Admin admin = cluster.admin()) {
      assertThat(offset(admin, partition, OffsetSpec.earliest())).isZero();
      assertThat(offset(admin, partition, OffsetSpec.earliestLocal())).isEqualTo(localStart);
      assertThat(offset(admin, partition, OffsetSpec.latestTiered())).isEqualTo(tiered);
      assertThat(offset(admin, partition, OffsetSpec.latest())).isEqualTo(records);
      assertThat(localStart).as("the first local offset, after the remote ones").isGreaterThan(100);
      assertThat(offset(admin, partition, OffsetSpec.forTimestamp(first + 100_000)))
          .as("the offset of the first record at or after the 100th record's timestamp")
          .isEqualTo(100);
      assertThat(offset(admin, partition, OffsetSpec.forTimestamp(first + 100_500))).isEqualTo(101);
    }
    VerifyingConsumer.Verification result = cluster.readAll(topic, 1, producer, false);
    assertThat(result.clean()).as("%s", result).isTrue();
    SegmentAudit audit = cluster.audit(topic);
    assertThat(audit.consistent()).as("%s", audit).isTrue();
    ProvenBehaviour.record(
        "6. ListOffsets: earliest, earliest-local, latest-tiered, by timestamp",
        cluster,
        "none",
        producer.sent(),
        result,
        audit,
        start);
  }

  private static long offset(Admin admin, TopicPartition partition, OffsetSpec spec)
      throws Exception {
    return admin
        .listOffsets(Map.of(partition, spec))
        .partitionResult(partition)
        .get(30, TimeUnit.SECONDS)
        .offset();
  }

  /**
   * A replica moves to a broker that holds nothing of the partition, which then leads it: it serves
   * the offloaded records from the bucket without copying them back to its disk.
   */
  @Test
  @Order(8)
  void reassignToAnEmptyBroker_servesRemoteDataWithoutCopyingItBack() throws Exception {
    TieredCluster cluster = CLUSTER.get();
    Instant start = Instant.now();
    String topic = "reassigned";
    cluster.createTopic(topic, Map.of(0, List.of(0, 1)), TieredCluster.tiered());
    SequencedProducer producer = new SequencedProducer(cluster.bootstrapServers(), topic);
    try (producer) {
      producer.produce(1, 4L << 20);
    }
    cluster.awaitOffloaded(topic, 1, 3);
    long tiered = cluster.metadata().highestCopiedOffset(topic, 0).orElseThrow();
    assertThat(cluster.broker(2).localSegments(topic, 0)).isEmpty();
    TopicPartition partition = new TopicPartition(topic, 0);
    try (Admin admin = cluster.admin()) {
      admin
          .alterPartitionReassignments(
              Map.of(partition, Optional.of(new NewPartitionReassignment(List.of(2, 0)))))
          .all()
          .get(30, TimeUnit.SECONDS);
      cluster.await(
          "the replicas of " + topic + " are 2 and 0, both in sync",
          () -> {
            TopicPartitionInfo info = cluster.brokers().partitions(topic).get(0);
            return info.replicas().stream().map(Node::id).toList().equals(List.of(2, 0))
                && info.isr().size() == 2;
          },
          () -> BrokerCluster.seen(() -> cluster.brokers().partitions(topic)));
      cluster.await(
          "broker 2 leads " + topic,
          () -> {
            try {
              admin
                  .electLeaders(ElectionType.PREFERRED, Set.of(partition))
                  .all()
                  .get(30, TimeUnit.SECONDS);
            } catch (ExecutionException alreadyOrNotYet) {
              // ElectionNotNeeded once it leads; not yet eligible otherwise.
            }
            return cluster.brokers().leader(topic, 0) == 2;
          },
          () -> BrokerCluster.seen(() -> cluster.brokers().partitions(topic)));
    }
    assertThat(cluster.broker(2).localSegments(topic, 0))
        .as("segments broker 2 holds locally: none of the offloaded offsets 0-%d", tiered)
        .allMatch(base -> base > tiered);

    VerifyingConsumer.Verification result = cluster.readAll(topic, 1, producer, false);
    assertThat(result.clean()).as("%s", result).isTrue();
    assertThat(cluster.pluginMetric(2, topic, "bytes-fetched-total"))
        .as("bytes broker 2 fetched from the bucket")
        .isPositive();
    assertThat(cluster.broker(2).localSegments(topic, 0)).allMatch(base -> base > tiered);
    SegmentAudit audit = cluster.audit(topic);
    assertThat(audit.consistent()).as("%s", audit).isTrue();
    ProvenBehaviour.record(
        "8. reassign a replica to an empty broker, which leads and serves remote data",
        cluster,
        "none",
        producer.sent(),
        result,
        audit,
        start);
  }

  @Test
  @Order(7)
  void leaderFailover_newLeaderServesAndUploads() throws Exception {
    new FailoverRun(CLUSTER.get(), "failover").run();
  }
}
