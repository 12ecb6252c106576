package io.tierline.costanalyzer.inventory.live;

import io.tierline.costanalyzer.inventory.ConsumerGroupLag;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Every consumer group's lag per topic: in messages (log-end minus committed offset, over all
 * partitions) and in time (the age of the first record not yet consumed, at the worst partition).
 * Finding a record's age means reading it, so one consumer that never joins a group reads one small
 * batch per lagging partition.
 */
final class GroupLagReader {

  /**
   * Lagging partitions whose oldest record is read per scan; past this, age is not measured (stays
   * 0).
   */
  static final int MAX_AGE_LOOKUPS = 2_000;

  private static final Duration POLL = Duration.ofSeconds(5);

  private final Admin admin;
  private final Properties properties;
  private final Clock clock;

  GroupLagReader(Admin admin, Properties properties, Clock clock) {
    this.admin = admin;
    this.properties = properties;
    this.clock = clock;
  }

  /** Lags by topic, groups in name order. */
  Map<String, List<ConsumerGroupLag>> read(Map<TopicPartition, Long> logEnd)
      throws ExecutionException, InterruptedException {
    Map<String, ListConsumerGroupOffsetsSpec> specs = new TreeMap<>();
    for (ConsumerGroupListing g : admin.listConsumerGroups().all().get()) {
      specs.put(g.groupId(), new ListConsumerGroupOffsetsSpec());
    }
    if (specs.isEmpty()) {
      return Map.of();
    }
    Map<String, Map<TopicPartition, OffsetAndMetadata>> committed =
        admin.listConsumerGroupOffsets(specs).all().get();
    Map<TopicPartition, Long> lookups = new HashMap<>();
    committed
        .values()
        .forEach(
            offsets ->
                offsets.forEach(
                    (tp, om) -> {
                      if (om != null
                          && logEnd.getOrDefault(tp, 0L) > om.offset()
                          && lookups.size() < MAX_AGE_LOOKUPS) {
                        lookups.merge(tp, om.offset(), Math::min);
                      }
                    }));
    Map<TopicPartition, Map<Long, Long>> timestamps =
        timestamps(committed, lookups.keySet(), logEnd);
    long now = clock.millis();
    Map<String, List<ConsumerGroupLag>> out = new TreeMap<>();
    new TreeMap<>(committed)
        .forEach(
            (group, offsets) -> {
              Map<String, long[]> byTopic = new TreeMap<>();
              offsets.forEach(
                  (tp, om) -> {
                    if (om == null || !logEnd.containsKey(tp)) {
                      return;
                    }
                    long lag = Math.max(0, logEnd.get(tp) - om.offset());
                    Long ts = timestamps.getOrDefault(tp, Map.of()).get(om.offset());
                    long age = lag == 0 || ts == null ? 0 : Math.max(0, now - ts);
                    long[] acc = byTopic.computeIfAbsent(tp.topic(), t -> new long[2]);
                    acc[0] += lag;
                    acc[1] = Math.max(acc[1], age);
                  });
              byTopic.forEach(
                  (topic, acc) ->
                      out.computeIfAbsent(topic, t -> new ArrayList<>())
                          .add(new ConsumerGroupLag(group, acc[1], acc[0])));
            });
    return out;
  }

  /** The timestamp of the record at each group's committed offset, by partition and offset. */
  private Map<TopicPartition, Map<Long, Long>> timestamps(
      Map<String, Map<TopicPartition, OffsetAndMetadata>> committed,
      Set<TopicPartition> partitions,
      Map<TopicPartition, Long> logEnd) {
    Map<TopicPartition, Map<Long, Long>> out = new HashMap<>();
    if (partitions.isEmpty()) {
      return out;
    }
    Map<TopicPartition, TreeSet<Long>> wanted = new HashMap<>();
    committed
        .values()
        .forEach(
            offsets ->
                offsets.forEach(
                    (tp, om) -> {
                      if (om != null && partitions.contains(tp) && logEnd.get(tp) > om.offset()) {
                        wanted.computeIfAbsent(tp, p -> new TreeSet<>()).add(om.offset());
                      }
                    }));
    Properties p = new Properties();
    p.putAll(properties);
    p.remove(ConsumerConfig.GROUP_ID_CONFIG);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "65536");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      wanted.forEach(
          (tp, offsets) -> {
            for (long offset : offsets) {
              consumer.assign(List.of(tp));
              consumer.seek(tp, offset);
              long deadline = System.nanoTime() + POLL.toNanos();
              while (System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(200)).records(tp);
                if (!records.isEmpty()) {
                  ConsumerRecord<byte[], byte[]> first = records.get(0);
                  out.computeIfAbsent(tp, x -> new HashMap<>()).put(offset, first.timestamp());
                  break;
                }
              }
            }
          });
    }
    return out;
  }
}
