package io.tierline.plugin.broker;

import io.tierline.localcluster.broker.BrokerProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Writes checksummed records with the real producer and reads them back with the real consumer. */
public final class TopicTraffic {
  private static final int DEFAULT_PARTITION_FETCH_BYTES = 4 << 20;
  private static final int FETCH_MAX_BYTES = 16 << 20;

  private TopicTraffic() {}

  /** Produces records to partition 0 until {@code bytes} of values are acknowledged. */
  public static long produce(BrokerProcess broker, String topic, long bytes, int recordSize)
      throws Exception {
    return produce(broker, topic, 1, bytes, recordSize);
  }

  /**
   * Produces records until {@code bytes} of values are acknowledged, record {@code i} to partition
   * {@code i % partitions}.
   */
  public static long produce(
      BrokerProcess broker, String topic, int partitions, long bytes, int recordSize)
      throws Exception {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.LINGER_MS_CONFIG,
            10,
            ProducerConfig.BATCH_SIZE_CONFIG,
            256 * 1024,
            ProducerConfig.COMPRESSION_TYPE_CONFIG,
            "none");
    long sequence = 0;
    long written = 0;
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
      while (written < bytes) {
        byte[] value = ChecksummedRecords.value(sequence, recordSize);
        producer.send(new ProducerRecord<>(topic, (int) (sequence % partitions), null, value));
        written += value.length;
        sequence++;
      }
      producer.flush();
    }
    return sequence;
  }

  /**
   * What one read of a topic took, as the consumer saw it.
   *
   * @param bytes the bytes of values read
   * @param fetchLatencyMs the consumer's mean time from sending a fetch to its response
   */
  public record Drained(long bytes, double fetchLatencyMs) {}

  /**
   * Reads {@code records} records of partitions 0 to {@code partitions - 1} from their start as
   * fast as the broker serves them, with {@code max.partition.fetch.bytes} set to {@code
   * partitionFetchBytes} ({@code fetch.max.bytes} at least as large).
   */
  public static Drained drain(
      BrokerProcess broker,
      String topic,
      int partitions,
      long records,
      Duration limit,
      int partitionFetchBytes) {
    Map<String, Object> config = new HashMap<>(consumerConfig(broker));
    config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, partitionFetchBytes);
    config.put(
        ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Math.max(FETCH_MAX_BYTES, partitionFetchBytes));
    List<TopicPartition> assigned =
        IntStream.range(0, partitions)
            .mapToObj(partition -> new TopicPartition(topic, partition))
            .toList();
    long count = 0;
    long bytes = 0;
    Instant deadline = Instant.now().plus(limit);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(assigned);
      consumer.seekToBeginning(assigned);
      while (count < records) {
        if (Instant.now().isAfter(deadline)) {
          throw new AssertionError("Read " + count + " of " + records + " records in " + limit);
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          bytes += record.value().length;
          count++;
        }
      }
      Object latency =
          consumer.metrics().entrySet().stream()
              .filter(
                  e ->
                      e.getKey().name().equals("fetch-latency-avg")
                          && e.getKey().group().equals("consumer-fetch-manager-metrics")
                          && e.getKey().tags().keySet().equals(Set.of("client-id")))
              .map(e -> e.getValue().metricValue())
              .findFirst()
              .orElse(Double.NaN);
      return new Drained(bytes, ((Number) latency).doubleValue());
    }
  }

  private static Map<String, Object> consumerConfig(BrokerProcess broker) {
    return Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        broker.bootstrapServers(),
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
        false,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
        "earliest",
        ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
        DEFAULT_PARTITION_FETCH_BYTES,
        ConsumerConfig.FETCH_MAX_BYTES_CONFIG,
        FETCH_MAX_BYTES);
  }

  /**
   * Reads partition 0 from offset 0 and checks that record {@code i} is at offset {@code i} and
   * equals, byte for byte, the value that was produced.
   *
   * @return the bytes of values read
   */
  public static long consumeAndVerify(
      BrokerProcess broker, String topic, long records, int recordSize, Duration limit) {
    Map<String, Object> config = consumerConfig(broker);
    TopicPartition partition = new TopicPartition(topic, 0);
    long next = 0;
    long bytes = 0;
    Instant deadline = Instant.now().plus(limit);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(List.of(partition));
      consumer.seek(partition, 0);
      while (next < records) {
        if (Instant.now().isAfter(deadline)) {
          throw new AssertionError("Read " + next + " of " + records + " records in " + limit);
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.offset() != next) {
            throw new AssertionError("Expected offset " + next + ", got " + record.offset());
          }
          if (ChecksummedRecords.verify(record.value()) != next
              || !Arrays.equals(record.value(), ChecksummedRecords.value(next, recordSize))) {
            throw new AssertionError(
                "Record at offset " + next + " differs from what was produced");
          }
          bytes += record.value().length;
          next++;
        }
      }
    }
    return bytes;
  }
}
