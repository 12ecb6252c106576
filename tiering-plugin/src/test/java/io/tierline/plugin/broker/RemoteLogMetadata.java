package io.tierline.plugin.broker;

import io.tierline.localcluster.broker.BrokerRuntime;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The remote log metadata of a cluster, as its brokers wrote it to {@code __remote_log_metadata}:
 * every segment copy a broker started, finished or deleted. Records are decoded by the broker
 * version's own serde, loaded from its jars in a class loader of their own, so that the test reads
 * exactly what the brokers will read back.
 */
public final class RemoteLogMetadata implements AutoCloseable {
  static final String TOPIC = "__remote_log_metadata";
  private static final String SERDE =
      "org.apache.kafka.server.log.remote.metadata.storage.serialization.RemoteLogMetadataSerde";

  /** The states of a remote segment, in the order a segment goes through them. */
  public enum State {
    COPY_SEGMENT_STARTED,
    COPY_SEGMENT_FINISHED,
    DELETE_SEGMENT_STARTED,
    DELETE_SEGMENT_FINISHED
  }

  /**
   * One remote segment as its last metadata event left it.
   *
   * @param copiedAt when a broker recorded the copy as finished, if one did
   */
  public record Segment(
      String id,
      String topic,
      int partition,
      long startOffset,
      long endOffset,
      int brokerId,
      State state,
      Optional<Instant> copiedAt) {
    Segment with(State next, Instant at) {
      Optional<Instant> copied = next == State.COPY_SEGMENT_FINISHED ? Optional.of(at) : copiedAt;
      return new Segment(id, topic, partition, startOffset, endOffset, brokerId, next, copied);
    }

    public boolean copied() {
      return state == State.COPY_SEGMENT_FINISHED;
    }
  }

  private final URLClassLoader brokerClasses;
  private final Object serde;
  private final Method deserialize;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Map<String, Segment> segments = new LinkedHashMap<>();
  private List<TopicPartition> assigned = List.of();

  private RemoteLogMetadata(URLClassLoader brokerClasses, String bootstrapServers)
      throws ReflectiveOperationException {
    this.brokerClasses = brokerClasses;
    Class<?> serdeClass = brokerClasses.loadClass(SERDE);
    this.serde = serdeClass.getConstructor().newInstance();
    this.deserialize = serdeClass.getMethod("deserialize", byte[].class);
    this.consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
  }

  /** A reader of the metadata that brokers of {@code runtime}'s version write. */
  public static RemoteLogMetadata open(BrokerRuntime runtime, String bootstrapServers)
      throws IOException, ReflectiveOperationException {
    List<URL> jars = new ArrayList<>();
    try (Stream<Path> files = Files.list(runtime.jars())) {
      for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
        jars.add(jar.toUri().toURL());
      }
    }
    URLClassLoader loader =
        new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    return new RemoteLogMetadata(loader, bootstrapServers);
  }

  /**
   * Every segment of {@code topic} the metadata knows, in any state, after reading all that the
   * brokers wrote so far; ordered by partition, then start offset.
   */
  public synchronized List<Segment> segments(String topic) throws Exception {
    catchUp();
    return segments.values().stream()
        .filter(s -> s.topic().equals(topic))
        .sorted(Comparator.comparingInt(Segment::partition).thenComparingLong(Segment::startOffset))
        .toList();
  }

  /** The copied segments of {@code topic}. */
  public List<Segment> copied(String topic) throws Exception {
    return segments(topic).stream().filter(Segment::copied).toList();
  }

  /** The highest offset of a copied segment of the partition, if any is copied. */
  public Optional<Long> highestCopiedOffset(String topic, int partition) throws Exception {
    return copied(topic).stream()
        .filter(s -> s.partition() == partition)
        .map(Segment::endOffset)
        .max(Long::compare);
  }

  private void catchUp() throws Exception {
    List<PartitionInfo> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10));
    if (partitions == null || partitions.isEmpty()) {
      return;
    }
    if (partitions.size() != assigned.size()) {
      List<TopicPartition> all =
          partitions.stream().map(p -> new TopicPartition(TOPIC, p.partition())).toList();
      consumer.assign(all);
      for (TopicPartition partition : all) {
        if (!assigned.contains(partition)) {
          consumer.seekToBeginning(List.of(partition));
        }
      }
      assigned = all;
    }
    Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, Duration.ofSeconds(10));
    Instant deadline = Instant.now().plusSeconds(30);
    while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("Could not read " + TOPIC + " up to " + ends);
      }
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        apply(decode(record.value()), Instant.ofEpochMilli(record.timestamp()));
      }
    }
  }

  private Object decode(byte[] value) throws Exception {
    try {
      return deserialize.invoke(serde, (Object) value);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("Cannot decode a record of " + TOPIC, e.getCause());
    }
  }

  private void apply(Object event, Instant at) throws ReflectiveOperationException {
    switch (event.getClass().getSimpleName()) {
      case "RemoteLogSegmentMetadata" -> {
        Object partition = call(event, "topicIdPartition");
        String id = call(call(event, "remoteLogSegmentId"), "id").toString();
        Segment started =
            new Segment(
                id,
                (String) call(partition, "topic"),
                (Integer) call(partition, "partition"),
                (Long) call(event, "startOffset"),
                (Long) call(event, "endOffset"),
                (Integer) call(event, "brokerId"),
                State.valueOf(call(event, "state").toString()),
                Optional.empty());
        segments.put(id, started.with(started.state(), at));
      }
      case "RemoteLogSegmentMetadataUpdate" -> {
        String id = call(call(event, "remoteLogSegmentId"), "id").toString();
        Segment known = segments.get(id);
        if (known != null) {
          segments.put(id, known.with(State.valueOf(call(event, "state").toString()), at));
        }
      }
      default -> {
        // Partition deletion markers: the segments' own events say what became of them.
      }
    }
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    return target.getClass().getMethod(method).invoke(target);
  }

  @Override
  public synchronized void close() throws IOException {
    consumer.close();
    brokerClasses.close();
  }
}
