package io.tierline.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes each topic's bytes per second with one real producer, and reads with one real consumer per
 * group: live groups as fast as records come, a late group only records older than its delay.
 */
final class Traffic implements AutoCloseable {
  private static final Duration TICK = Duration.ofMillis(100);

  private final String bootstrap;
  private final List<TopicPlan> topics;
  private final KafkaProducer<String, byte[]> producer;
  private final ScheduledExecutorService ticks;
  private final List<Thread> readers = new ArrayList<>();
  private final List<KafkaConsumer<byte[], byte[]>> consumers = new ArrayList<>();
  private final RecordValues values = new RecordValues();
  private final Map<String, Double> budget = new HashMap<>();
  private final Map<String, Long> sequence = new HashMap<>();
  private final Instant stopProducingAt;
  private volatile boolean closing;

  private Traffic(String bootstrap, List<TopicPlan> topics, Optional<Duration> producingFor) {
    this.bootstrap = bootstrap;
    this.topics = topics;
    this.stopProducingAt = producingFor.map(d -> Instant.now().plus(d)).orElse(Instant.MAX);
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.CLIENT_ID_CONFIG, "sandbox-producer",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 50,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "none"),
            new StringSerializer(),
            new ByteArraySerializer());
    this.ticks =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sandbox-producer");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts producing and consuming. */
  static Traffic start(String bootstrap, List<TopicPlan> topics, Optional<Duration> producingFor) {
    Traffic traffic = new Traffic(bootstrap, topics, producingFor);
    traffic.ticks.scheduleAtFixedRate(traffic::produce, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    for (TopicPlan t : topics) {
      t.reader().ifPresent(r -> traffic.startReader(t, r));
    }
    return traffic;
  }

  private void produce() {
    if (closing || Instant.now().isAfter(stopProducingAt)) {
      return;
    }
    double seconds = TICK.toNanos() / 1e9;
    for (TopicPlan t : topics) {
      if (t.bytesPerSecond() == 0) {
        continue;
      }
      double left = budget.getOrDefault(t.name(), 0.0) + t.bytesPerSecond() * seconds;
      while (left > 0) {
        long seq = sequence.merge(t.name(), 1L, Long::sum);
        String key = t.keys() == 0 ? null : "customer-" + (seq % t.keys());
        byte[] value = values.next(t.name(), seq, key);
        producer.send(new ProducerRecord<>(t.name(), key, value));
        left -= value.length;
      }
      budget.put(t.name(), left);
    }
  }

  private void startReader(TopicPlan topic, TopicPlan.Reader reader) {
    KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                reader.group(),
                ConsumerConfig.CLIENT_ID_CONFIG,
                "sandbox-" + reader.group(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    consumers.add(consumer);
    Thread thread =
        new Thread(() -> read(consumer, topic, reader.delay()), "sandbox-" + reader.group());
    thread.setDaemon(true);
    readers.add(thread);
    thread.start();
  }

  /**
   * Reads records older than {@code delay} and commits them; a partition whose next record is
   * younger waits (paused) until it is old enough.
   */
  private void read(KafkaConsumer<byte[], byte[]> consumer, TopicPlan topic, Duration delay) {
    Map<TopicPartition, Long> resumeAt = new HashMap<>();
    try {
      consumer.subscribe(List.of(topic.name()));
      while (!closing) {
        long now = System.currentTimeMillis();
        List<TopicPartition> due = new ArrayList<>();
        resumeAt.forEach(
            (tp, at) -> {
              if (at <= now) {
                due.add(tp);
              }
            });
        due.forEach(resumeAt::remove);
        consumer.resume(due);
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
        // After the poll: a record written during it is not taken for one from the future.
        long polledAt = System.currentTimeMillis();
        for (ConsumerRecord<byte[], byte[]> r : records) {
          TopicPartition tp = new TopicPartition(r.topic(), r.partition());
          if (resumeAt.containsKey(tp)) {
            continue;
          }
          long oldEnoughAt = r.timestamp() + delay.toMillis();
          if (!delay.isZero() && oldEnoughAt > polledAt) {
            consumer.seek(tp, r.offset());
            consumer.pause(List.of(tp));
            resumeAt.put(tp, oldEnoughAt);
            continue;
          }
          done.put(tp, new OffsetAndMetadata(r.offset() + 1));
        }
        if (!done.isEmpty()) {
          consumer.commitSync(done);
        }
      }
    } catch (WakeupException stopping) {
      // close() woke the consumer up.
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  @Override
  public void close() throws InterruptedException {
    closing = true;
    ticks.shutdownNow();
    ticks.awaitTermination(5, TimeUnit.SECONDS);
    producer.close(Duration.ofSeconds(5));
    consumers.forEach(KafkaConsumer::wakeup);
    for (Thread t : readers) {
      t.join(10_000);
    }
  }
}
