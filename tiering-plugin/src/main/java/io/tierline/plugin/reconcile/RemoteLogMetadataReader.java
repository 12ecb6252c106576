package io.tierline.plugin.reconcile;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.server.log.remote.storage.RemoteLogMetadata;

/**
 * Reads the brokers' remote log metadata topic from its start to the end offsets found when the
 * read begins, decoding each record with Kafka's own serde from the broker's {@code libs/} (on the
 * class path at run time, so the format is the brokers' own).
 */
public final class RemoteLogMetadataReader {
  public static final String DEFAULT_TOPIC = "__remote_log_metadata";
  private static final String SERDE =
      "org.apache.kafka.server.log.remote.metadata.storage.serialization.RemoteLogMetadataSerde";

  private RemoteLogMetadataReader() {}

  /** The states of every segment in {@code topic}, read through a consumer of {@code client}. */
  public static SegmentStates read(Properties client, String topic, Duration deadline) {
    Properties props = new Properties();
    props.putAll(client);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    Decoder decoder = new Decoder();
    SegmentStates states = new SegmentStates();
    Instant until = Instant.now().plus(deadline);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, deadline).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      if (partitions.isEmpty()) {
        throw new IllegalStateException("Topic " + topic + " does not exist or has no partitions");
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, deadline));
      while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
        if (Instant.now().isAfter(until)) {
          throw new IllegalStateException("Could not read " + topic + " to its end in " + deadline);
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.value() != null
              && record.offset()
                  < end.get(new TopicPartition(record.topic(), record.partition()))) {
            states.apply(decoder.decode(record.value()));
          }
        }
      }
    }
    return states;
  }

  /** Kafka's serde, found by name: it is in the broker's jars, not in the plugin's API. */
  private static final class Decoder {
    private final Object serde;
    private final Method deserialize;

    Decoder() {
      try {
        Class<?> type = Class.forName(SERDE);
        serde = type.getConstructor().newInstance();
        deserialize = type.getMethod("deserialize", byte[].class);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            "Kafka's " + SERDE + " is not on the class path: add the broker's libs/ directory", e);
      }
    }

    RemoteLogMetadata decode(byte[] value) {
      try {
        return (RemoteLogMetadata) deserialize.invoke(serde, (Object) value);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("Cannot decode a metadata record: " + e.getCause(), e);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
