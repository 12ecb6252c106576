package io.tierline.plugin.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.plugin.broker.BrokerCluster;
import io.tierline.plugin.broker.RemoteLogMetadata;
import io.tierline.plugin.faults.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One fault run: a producer and a consumer run throughout on a tiered topic of three partitions
 * while the object store misbehaves for a while, then recovers. What must hold afterwards: every
 * partition copies again by itself; the consumer catches up; a fresh consumer reads every
 * acknowledged record, byte for byte, from the first offset (so no local segment went before its
 * upload had succeeded); no segment is stored twice or missing from the bucket; and the plugin's
 * metrics show the fault.
 */
final class FaultRun {
  static final int PARTITIONS = 3;

  /** About one 1 MiB segment per partition every six seconds. */
  static final long BYTES_PER_SECOND = 512 << 10;

  static final Duration FAULT_TIME = Duration.ofSeconds(10);

  private final TieredCluster cluster;
  private final String topic;
  private boolean expectCopyErrors;

  FaultRun(TieredCluster cluster, String topic) {
    this.cluster = cluster;
    this.topic = topic;
  }

  /**
   * Injects {@code fault} for {@link #FAULT_TIME} into the traffic of every broker with the bucket,
   * and checks the run; {@code row} names it in the proven-behaviour table.
   */
  void run(String row, Fault fault) throws Exception {
    expectCopyErrors =
        switch (fault.kind()) {
          case INTERNAL_ERROR, SLOW_DOWN, RESET_MID_BODY, DOWN -> true;
          default -> false;
        };
    run(row, fault.toString(), () -> cluster.proxy().inject(fault), () -> cluster.proxy().heal());
  }

  /**
   * The class of the error the broker receives when a copy fails for a store that is unavailable
   * for now: {@code RetriableRemoteStorageException} on brokers that have it (4.2 and later), which
   * retry without deleting the attempt.
   */
  private String transientCopyError() {
    String[] version = cluster.version().split("\\.");
    int major = Integer.parseInt(version[0]);
    int minor = Integer.parseInt(version[1]);
    boolean retriable = major > 4 || (major == 4 && minor >= 2);
    return retriable ? "RetriableRemoteStorageException" : "RemoteStorageException";
  }

  /** What a fault does and how it ends. */
  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }

  void run(String row, String faults, Step inject, Step heal) throws Exception {
    Instant start = Instant.now();
    cluster.createTopic(topic, PARTITIONS, TieredCluster.tiered());
    SequencedProducer producer = new SequencedProducer(cluster.bootstrapServers(), topic);
    VerifyingConsumer tail =
        new VerifyingConsumer(cluster.bootstrapServers(), topic, PARTITIONS, false);
    try (producer;
        tail) {
      producer.startBackground(PARTITIONS, BYTES_PER_SECOND);
      tail.startBackground();
      cluster.await(
          "every partition of " + topic + " has copied a segment",
          () -> copiedOnEveryPartition(Map.of()),
          () -> cluster.describeTiering(topic, PARTITIONS));
      double errorsBefore = cluster.pluginMetricOnAll(topic, "errors-total");
      double failedAttemptsBefore = cluster.failedAttemptsOnAll();

      inject.run();
      Thread.sleep(FAULT_TIME.toMillis()); // how long the fault lasts, not a wait for a condition
      double slowestRequest = cluster.pluginMetricMaxOnAll(topic, "request-latency-max");
      heal.run();

      Map<Integer, Long> copiedAtHeal = highestCopied();
      cluster.await(
          "every partition of " + topic + " copies again after the fault",
          () -> copiedOnEveryPartition(copiedAtHeal),
          () -> "copied at heal " + copiedAtHeal + "\n" + cluster.describeTiering(topic, 3));
      // Requests a black hole swallowed fail by their timeout, which may come after the fault.
      double errorsDuringFault = cluster.pluginMetricOnAll(topic, "errors-total") - errorsBefore;
      double failedAttemptsDuringFault = cluster.failedAttemptsOnAll() - failedAttemptsBefore;
      double transientCopyErrors =
          cluster.pluginMetricOnAll(
              topic, "errors-total", "during", "copy", "error", transientCopyError());
      producer.stop();
      Map<Integer, Long> ends = cluster.endOffsets(topic, PARTITIONS);
      tail.awaitPositions(ends, TieredCluster.WAIT);
      VerifyingConsumer.Verification tailResult = tail.verify(producer.acked());
      assertThat(tailResult.corrupted()).as("%s", tailResult).isZero();

      VerifyingConsumer.Verification result = cluster.readAll(topic, PARTITIONS, producer, false);
      assertThat(result.clean()).as("%s", result).isTrue();
      assertThat(result.acknowledged()).isPositive();
      SegmentAudit audit = cluster.audit(topic);
      assertThat(audit.consistent()).as("%s", audit).isTrue();
      if (faults.startsWith("+")) {
        assertThat(slowestRequest)
            .as("the slowest request to the bucket, in ms, during added latency")
            .isGreaterThanOrEqualTo(1000);
      } else if (faults.equals(Fault.blackHole().toString())) {
        // Swallowed requests end by the request timeout and a retry succeeds: no error is left,
        // but every attempt the hole swallowed counts as failed.
        assertThat(cluster.proxy().injected(Fault.Kind.BLACK_HOLE))
            .as("requests the black hole swallowed")
            .isPositive();
        assertThat(failedAttemptsDuringFault)
            .as("failed attempts the plugin counted during %s", faults)
            .isPositive();
      } else if (!faults.startsWith("kill")) {
        assertThat(failedAttemptsDuringFault)
            .as("failed attempts the plugin counted during %s", faults)
            .isPositive();
        assertThat(errorsDuringFault)
            .as("errors the plugin counted during %s", faults)
            .isPositive();
      }
      if (expectCopyErrors) {
        assertThat(transientCopyErrors)
            .as("copies that failed during %s with %s", faults, transientCopyError())
            .isPositive();
      }
      ProvenBehaviour.record(
          row,
          cluster.version(),
          faults,
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

  /** The highest copied offset of each partition that has one. */
  private Map<Integer, Long> highestCopied() throws Exception {
    Map<Integer, Long> copied = new HashMap<>();
    for (int p = 0; p < PARTITIONS; p++) {
      Optional<Long> highest = cluster.metadata().highestCopiedOffset(topic, p);
      if (highest.isPresent()) {
        copied.put(p, highest.get());
      }
    }
    return copied;
  }

  /** Whether every partition has copied a segment beyond the offset {@code after} gives it. */
  private boolean copiedOnEveryPartition(Map<Integer, Long> after) throws Exception {
    Map<Integer, Long> now = highestCopied();
    for (int p = 0; p < PARTITIONS; p++) {
      if (!now.containsKey(p) || now.get(p) <= after.getOrDefault(p, -1L)) {
        return false;
      }
    }
    return true;
  }

  /** The id of the broker that is copying a segment of the topic now, if one is. */
  Optional<Integer> brokerMidUpload() throws Exception {
    List<RemoteLogMetadata.Segment> segments = cluster.metadata().segments(topic);
    return segments.stream()
        .filter(s -> s.state() == RemoteLogMetadata.State.COPY_SEGMENT_STARTED)
        .map(RemoteLogMetadata.Segment::brokerId)
        .filter(id -> BrokerCluster.seen(() -> cluster.broker(id).isRunning()).equals("true"))
        .findFirst();
  }
}
