package io.tierline.plugin.cluster;

import io.tierline.plugin.broker.ChecksummedRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads partitions of a topic with the real consumer and checks every record byte for byte against
 * the value its sequence number regenerates: corrupted records, records read twice, and which
 * sequences were seen where. What it saw against what {@link SequencedProducer} had acknowledged
 * gives the records lost.
 */
final class VerifyingConsumer implements AutoCloseable {
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final List<TopicPartition> partitions;
  private final Map<Long, Integer> seen = new ConcurrentHashMap<>();
  private final Map<Integer, Long> lastOffset = new ConcurrentHashMap<>();
  private final AtomicLong corrupted = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final List<String> problems = new ArrayList<>();
  private volatile Thread background;
  private volatile boolean stopping;

  /** Reads {@code partitions} partitions from their start; committed records only if asked. */
  VerifyingConsumer(String bootstrapServers, String topic, int partitions, boolean readCommitted) {
    this(bootstrapServers, topic, partitions, readCommitted, Map.of());
  }

  /** As above, each partition from the offset {@code from} gives (else from its start). */
  VerifyingConsumer(
      String bootstrapServers,
      String topic,
      int partitions,
      boolean readCommitted,
      Map<Integer, Long> from) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(
        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
        readCommitted ? "read_committed" : "read_uncommitted");
    config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 1 << 20);
    this.consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    this.partitions =
        IntStream.range(0, partitions).mapToObj(p -> new TopicPartition(topic, p)).toList();
    consumer.assign(this.partitions);
    consumer.seekToBeginning(this.partitions);
    from.forEach((p, offset) -> consumer.seek(this.partitions.get(p), offset));
  }

  /** Reads until each partition's position reaches its offset in {@code ends}, or fails. */
  void readUntil(Map<Integer, Long> ends, Duration limit) {
    Instant deadline = Instant.now().plus(limit);
    while (!reached(ends)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "Read up to " + positions() + " rather than " + ends + " in " + limit);
      }
      pollOnce();
    }
  }

  /** Reads in a thread of its own until {@link #close()} or {@link #stopBackground()}. */
  void startBackground() {
    Thread thread =
        new Thread(
            () -> {
              while (!stopping) {
                pollOnce();
              }
            },
            "consumer-" + partitions.get(0).topic());
    thread.setDaemon(true);
    background = thread;
    thread.start();
  }

  /**
   * Waits until the background reader's position reaches {@code ends} on every partition; the
   * reader keeps going.
   */
  void awaitPositions(Map<Integer, Long> ends, Duration limit) throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (!reachedByBackground(ends)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "The consumer read up to " + lastOffset + " rather than " + ends + " in " + limit);
      }
      Thread.sleep(500);
    }
  }

  void stopBackground() throws InterruptedException {
    stopping = true;
    Thread thread = background;
    if (thread != null) {
      thread.join(Duration.ofMinutes(1).toMillis());
    }
    background = null;
  }

  private boolean reached(Map<Integer, Long> ends) {
    return ends.entrySet().stream()
        .allMatch(e -> consumer.position(partitions.get(e.getKey())) >= e.getValue());
  }

  private boolean reachedByBackground(Map<Integer, Long> ends) {
    return ends.entrySet().stream()
        .allMatch(e -> lastOffset.getOrDefault(e.getKey(), -1L) + 1 >= e.getValue());
  }

  private Map<Integer, Long> positions() {
    Map<Integer, Long> positions = new HashMap<>();
    for (TopicPartition partition : partitions) {
      positions.put(partition.partition(), consumer.position(partition));
    }
    return positions;
  }

  private void pollOnce() {
    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
      check(record);
    }
  }

  private void check(ConsumerRecord<byte[], byte[]> record) {
    Long previous = lastOffset.put(record.partition(), record.offset());
    if (previous != null && record.offset() <= previous) {
      problem("offset " + record.offset() + " of partition " + record.partition() + " read again");
    }
    long sequence;
    try {
      sequence = ChecksummedRecords.verify(record.value());
    } catch (AssertionError | IndexOutOfBoundsException e) {
      corrupted.incrementAndGet();
      problem("record at offset " + record.offset() + " fails its checksum");
      return;
    }
    if (!Arrays.equals(
        record.value(), ChecksummedRecords.value(sequence, SequencedProducer.RECORD_SIZE))) {
      corrupted.incrementAndGet();
      problem("record at offset " + record.offset() + " differs from sequence " + sequence);
      return;
    }
    if (seen.putIfAbsent(sequence, record.partition()) != null) {
      duplicates.incrementAndGet();
      problem("sequence " + sequence + " read twice, again at offset " + record.offset());
    }
  }

  private synchronized void problem(String what) {
    if (problems.size() < 20) {
      problems.add(what);
    }
  }

  /** What was read, against what {@code acked} says the cluster acknowledged. */
  Verification verify(Map<Long, Integer> acked) {
    long lost = 0;
    long misplaced = 0;
    for (Map.Entry<Long, Integer> record : acked.entrySet()) {
      Integer partition = seen.get(record.getKey());
      if (partition == null) {
        lost++;
      } else if (!partition.equals(record.getValue())) {
        misplaced++;
      }
    }
    synchronized (this) {
      return new Verification(
          acked.size(),
          seen.size(),
          lost,
          corrupted.get() + misplaced,
          duplicates.get(),
          List.copyOf(problems));
    }
  }

  /** Sequences seen, with the partition each was read from. */
  Map<Long, Integer> seen() {
    return Map.copyOf(seen);
  }

  @Override
  public void close() throws InterruptedException {
    stopBackground();
    consumer.close(Duration.ofSeconds(10));
  }

  /**
   * @param acknowledged records the cluster acknowledged
   * @param read distinct records read
   * @param lost acknowledged records never read
   * @param corrupted records whose bytes differ from what was produced, or read from another
   *     partition than the one acknowledged
   * @param duplicates records read a second time from another offset
   */
  record Verification(
      long acknowledged,
      long read,
      long lost,
      long corrupted,
      long duplicates,
      List<String> problems) {
    boolean clean() {
      return lost == 0 && corrupted == 0 && duplicates == 0;
    }
  }
}
