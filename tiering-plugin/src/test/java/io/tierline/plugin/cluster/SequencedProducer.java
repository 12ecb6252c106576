package io.tierline.plugin.cluster;

import io.tierline.plugin.broker.ChecksummedRecords;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Produces {@link ChecksummedRecords} with sequence numbers 0, 1, 2… with the real idempotent
 * producer ({@code acks=all}), and remembers which sequences the cluster acknowledged and to which
 * partition, so that a reader can tell lost records from ones that were never acknowledged.
 */
final class SequencedProducer implements AutoCloseable {
  static final int RECORD_SIZE = 4096;

  private final String topic;
  private final KafkaProducer<byte[], byte[]> producer;
  private final Map<Long, Integer> acked = new ConcurrentHashMap<>();
  private final AtomicLong next = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicReference<Exception> lastFailure = new AtomicReference<>();
  private volatile Thread background;
  private volatile boolean stopping;

  SequencedProducer(String bootstrapServers, String topic) {
    this(bootstrapServers, topic, Map.of());
  }

  SequencedProducer(String bootstrapServers, String topic, Map<String, Object> overrides) {
    this.topic = topic;
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
    config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
    config.putAll(overrides);
    this.producer =
        new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /**
   * Sends the next sequence to its partition ({@code sequence % partitions}) with the given
   * timestamp, or the producer's clock when {@code timestamp} is null.
   */
  long send(int partitions, Long timestamp) {
    long sequence = next.getAndIncrement();
    int partition = (int) (sequence % partitions);
    byte[] value = ChecksummedRecords.value(sequence, RECORD_SIZE);
    producer.send(
        new ProducerRecord<>(topic, partition, timestamp, null, value),
        (metadata, e) -> {
          if (e == null) {
            acked.put(sequence, metadata.partition());
          } else {
            failed.incrementAndGet();
            lastFailure.set(e);
          }
        });
    return sequence;
  }

  /** Sends about {@code bytes} of records over {@code partitions} partitions and flushes. */
  long produce(int partitions, long bytes) {
    long records = Math.max(1, bytes / RECORD_SIZE);
    for (long i = 0; i < records; i++) {
      send(partitions, null);
    }
    producer.flush();
    return records;
  }

  /**
   * Sends {@code records} records to partition 0, the first with timestamp {@code first} and each
   * next one {@code step} milliseconds later, and flushes.
   */
  void produceWithTimestamps(long records, long first, long step) {
    for (long i = 0; i < records; i++) {
      send(1, first + i * step);
    }
    producer.flush();
  }

  /** Sends records in a thread of its own at about {@code bytesPerSecond}, until {@link #stop}. */
  void startBackground(int partitions, long bytesPerSecond) {
    stopping = false;
    Thread thread =
        new Thread(
            () -> {
              long start = System.nanoTime();
              long sent = 0;
              while (!stopping) {
                send(partitions, null);
                sent += RECORD_SIZE;
                long due = start + sent * 1_000_000_000L / bytesPerSecond;
                long ahead = due - System.nanoTime();
                if (ahead > 0) {
                  try {
                    TimeUnit.NANOSECONDS.sleep(ahead);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              }
            },
            "producer-" + topic);
    thread.setDaemon(true);
    background = thread;
    thread.start();
  }

  /** Stops the background thread, then waits until every record sent is acknowledged or failed. */
  void stop() throws InterruptedException {
    stopping = true;
    Thread thread = background;
    if (thread != null) {
      thread.join(Duration.ofMinutes(2).toMillis());
    }
    producer.flush();
  }

  /** Sequence to partition, for every record the cluster acknowledged. */
  Map<Long, Integer> acked() {
    return Map.copyOf(acked);
  }

  long sent() {
    return next.get();
  }

  long failed() {
    return failed.get();
  }

  Exception lastFailure() {
    return lastFailure.get();
  }

  @Override
  public void close() throws InterruptedException {
    stop();
    producer.close(Duration.ofSeconds(30));
  }
}
