package io.tierline.plugin.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierline.plugin.Bucket.SegmentObject;
import io.tierline.plugin.broker.BrokerCluster;
import io.tierline.plugin.broker.ExampleConfig;
import io.tierline.plugin.broker.RemoteLogMetadata.Segment;
import io.tierline.plugin.broker.RemoteLogMetadata.State;
import io.tierline.plugin.broker.TestBrokers;
import io.tierline.plugin.faults.Fault;
import io.tierline.plugin.reconcile.ReconcileLauncher;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The orphan reconciler against the shared cluster of three brokers of the newest Kafka, run as an
 * operator runs it: {@code bin/tierline-reconcile} of the plugin directory, a process of its own,
 * with the broker version's jars as {@code KAFKA_HOME/libs} and the example broker file as its
 * plugin configuration, pointed at the S3 server itself (not at the proxy, whose faults are meant
 * for the brokers). What it must report is worked out here independently: from the bucket, listed
 * through the AWS SDK, and from {@code __remote_log_metadata}, read by the test's own reader.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconcilerClusterIT {
  @RegisterExtension static final SharedCluster CLUSTER = SharedCluster.newest();

  private static final String KILLED = "reconcile-killed";
  private static final String HALF_DELETED = "reconcile-half-deleted";
  private static final String UPLOADING = "reconcile-uploading";
  private static final Duration SLOW_UPLOADS = Duration.ofSeconds(2);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;
  private static ReconcileLauncher launcher;
  private static Path pluginConfig;

  @BeforeAll
  static void launcher() throws Exception {
    TieredCluster cluster = CLUSTER.get();
    launcher =
        ReconcileLauncher.of(
            TestBrokers.pluginDir(), TestBrokers.of(cluster.version()).jars(), work);
    Properties broker = new Properties();
    broker.putAll(ExampleConfig.load("broker-tiering-s3.properties"));
    broker.put("rsm.config.storage.endpoint", cluster.s3Endpoint().toString());
    pluginConfig = work.resolve("server.properties");
    try (Writer out = Files.newBufferedWriter(pluginConfig)) {
      broker.store(out, "the example broker file, with the S3 server's endpoint");
    }
  }

  /**
   * A broker killed with SIGKILL mid-upload leaves the objects of a copy that never finished; a
   * delete whose log objects fail (500 on their DELETE) leaves those, the manifests gone. The dry
   * run reports exactly these objects and bytes; {@code --delete} removes them and nothing else, so
   * that every live record still reads back byte for byte; a second run finds no orphan.
   */
  @Test
  @Order(1)
  void orphans_ofAKilledUploadAndAHalfDoneDelete_areReportedExactlyThenRemoved() throws Exception {
    TieredCluster cluster = CLUSTER.get();
    Instant start = Instant.now();
    cluster.createTopic(KILLED, 1, TieredCluster.tiered());
    SequencedProducer killedProducer = new SequencedProducer(cluster.bootstrapServers(), KILLED);
    SequencedProducer halfProducer =
        new SequencedProducer(cluster.bootstrapServers(), HALF_DELETED);
    try (killedProducer;
        halfProducer) {
      int killed = killMidUpload(cluster, killedProducer);
      long logStart = deleteHalfWay(cluster, halfProducer);

      Map<String, SegmentObject> live = liveObjects(cluster);
      Map<String, Leftover> expected = leftovers(cluster);
      assertThat(reasons(expected))
          .as("what the bucket holds of copies and deletes that never finished: %s", expected)
          .contains("copy-not-finished", "delete-not-finished");
      JsonNode dry = reconcile("--grace-period-ms", "0");
      System.out.printf(
          "dry run: %s objects, %s bytes, %s%n",
          dry.at("/orphans/objects"), dry.at("/orphans/bytes"), dry.at("/orphans/byReason"));
      assertThat(leftovers(cluster)).as("nothing changed during the dry run").isEqualTo(expected);
      assertThat(dry.get("dryRun").asBoolean()).isTrue();
      assertThat(reported(dry)).isEqualTo(expected);
      assertThat(dry.at("/missing/segments").asLong()).as("%s", dry.get("missing")).isZero();
      assertThat(dry.at("/deleted/objects").asLong()).isZero();

      JsonNode removed = reconcile("--grace-period-ms", "0", "--delete");
      System.out.printf("--delete: deleted %s%n", removed.get("deleted"));
      assertThat(reported(removed)).isEqualTo(expected);
      assertThat(removed.at("/deleted/objects").asLong())
          .isEqualTo(removed.at("/orphans/objects").asLong());
      assertThat(removed.at("/deleted/bytes").asLong())
          .isEqualTo(removed.at("/orphans/bytes").asLong());
      assertThat(leftovers(cluster)).as("leftovers after --delete").isEmpty();
      assertThat(liveObjects(cluster)).as("live segments' objects").isEqualTo(live);

      VerifyingConsumer.Verification killedRead = cluster.readAll(KILLED, 1, killedProducer, false);
      assertThat(killedRead.clean()).as("%s", killedRead).isTrue();
      VerifyingConsumer.Verification halfRead =
          cluster.readAll(HALF_DELETED, 1, halfProducer, false);
      assertThat(halfRead.corrupted() + halfRead.duplicates()).as("%s", halfRead).isZero();
      assertThat(halfRead.lost()).as("records before the log start offset").isEqualTo(logStart);
      assertThat(halfRead.read()).isEqualTo(halfRead.acknowledged() - logStart);

      cluster.proxy().heal();
      JsonNode again = reconcile("--grace-period-ms", "0");
      assertThat(again.at("/orphans/objects").asLong()).as("%s", again).isZero();
      assertThat(again.at("/missing/segments").asLong()).as("%s", again).isZero();

      SegmentAudit audit = cluster.audit(KILLED);
      ProvenBehaviour.record(
          String.format(
              "reconciler: %s copy-not-finished and %s delete-not-finished found, removed;"
                  + " second run 0",
              totals(expected, "copy-not-finished"), totals(expected, "delete-not-finished")),
          cluster.version(),
          "kill -9 of broker "
              + killed
              + " mid-upload (+2 s a request); HTTP 500 on DELETE of "
              + HALF_DELETED
              + "'s .log objects",
          killedProducer.sent() + halfProducer.sent(),
          killedRead.read() + halfRead.read(),
          killedRead.lost() + killedRead.corrupted() + halfRead.corrupted(),
          ProvenBehaviour.segments(audit),
          Duration.between(start, Instant.now()));
    } finally {
      cluster.heal();
      cluster.deleteTopic(KILLED);
      cluster.deleteTopic(HALF_DELETED);
    }
  }

  /**
   * An upload under way, its segment's copy younger than the grace period, is reported as {@code
   * inProgress} and left alone, even with {@code --delete}; the copy then finishes.
   */
  @Test
  @Order(2)
  void uploadInProgress_isReportedAndLeftAlone() throws Exception {
    TieredCluster cluster = CLUSTER.get();
    Instant start = Instant.now();
    cluster.createTopic(UPLOADING, 1, TieredCluster.tiered());
    SequencedProducer producer = new SequencedProducer(cluster.bootstrapServers(), UPLOADING);
    try (producer) {
      producer.startBackground(1, FaultRun.BYTES_PER_SECOND);
      // Slower still than for the kill: the launcher's JVM must start, list and read the metadata
      // while the copy is under way. A run that comes too late finds the copy finished, which
      // must be harmless as well; the next segment's copy is tried then.
      cluster.proxy().inject(Fault.latency(SLOW_UPLOADS.plusSeconds(1)));
      Segment uploading;
      JsonNode run;
      int runs = 0;
      do {
        assertThat(runs++).as("runs that came after the copy had finished").isLessThan(5);
        uploading = awaitUploadWithObjects(cluster, UPLOADING);
        Set<String> before = objectKeys(cluster, UPLOADING, uploading.id());
        run = reconcile("--delete");
        assertThat(run.get("gracePeriodMs").asLong()).isEqualTo(3_600_000L);
        assertThat(run.at("/orphans/items").findValuesAsText("segmentId"))
            .doesNotContain(uploading.id());
        assertThat(run.at("/missing/segments").asLong()).as("%s", run).isZero();
        assertThat(objectKeys(cluster, UPLOADING, uploading.id()))
            .as("objects of the upload under way")
            .containsAll(before);
      } while (run.at("/inProgress/objects").asLong() == 0);
      Segment inProgress = uploading;

      cluster.proxy().heal();
      producer.stop();
      cluster.awaitOffloaded(UPLOADING, 1, 1);
      assertThat(cluster.copiedSegmentIds(UPLOADING))
          .as("the copy that was under way finished")
          .contains(inProgress.id());
      VerifyingConsumer.Verification result = cluster.readAll(UPLOADING, 1, producer, false);
      assertThat(result.clean()).as("%s", result).isTrue();
      SegmentAudit audit = cluster.audit(UPLOADING);
      assertThat(audit.consistent()).as("%s", audit).isTrue();
      ProvenBehaviour.record(
          String.format(
              "reconciler --delete during an upload: %d objects (%,d bytes) in progress, left"
                  + " alone",
              run.at("/inProgress/objects").asLong(), run.at("/inProgress/bytes").asLong()),
          cluster,
          "uploads +3 s a request",
          producer.sent(),
          result,
          audit,
          start);
    } finally {
      cluster.heal();
      cluster.deleteTopic(UPLOADING);
    }
  }

  /**
   * Produces to {@link #KILLED} with uploads slowed down, kills the broker whose copy has put an
   * object in the bucket but not finished, and waits until the new leader has copied every segment
   * that rolled; returns the id of the broker killed.
   */
  private static int killMidUpload(TieredCluster cluster, SequencedProducer producer)
      throws Exception {
    producer.startBackground(1, FaultRun.BYTES_PER_SECOND);
    cluster.proxy().inject(Fault.latency(SLOW_UPLOADS));
    Segment uploading = awaitUploadWithObjects(cluster, KILLED);
    cluster.brokers().kill(uploading.brokerId());
    cluster.heal();
    producer.stop();
    cluster.awaitOffloaded(KILLED, 1, 1);
    return uploading.brokerId();
  }

  /**
   * Offloads four segments of {@link #HALF_DELETED}, then deletes the first by {@code
   * deleteRecords} while every DELETE of the topic's log objects fails: its manifest and indexes
   * go, its log stays. The broker retries that delete, and deletes no later segment before it
   * succeeds, so one segment is left half-deleted. Returns the new log start offset.
   */
  private static long deleteHalfWay(TieredCluster cluster, SequencedProducer producer)
      throws Exception {
    Uuid id = cluster.createTopic(HALF_DELETED, 1, TieredCluster.tiered());
    producer.produce(1, 5L << 20);
    cluster.awaitOffloaded(HALF_DELETED, 1, 4);
    List<Segment> doomed = cluster.metadata().copied(HALF_DELETED).subList(0, 1);
    long logStart = doomed.get(0).endOffset() + 1;
    cluster
        .proxy()
        .inject(
            Fault.failedDeletes(
                Pattern.compile(".*/" + Pattern.quote(HALF_DELETED + "-" + id) + "/.*\\.log")));
    try (Admin admin = cluster.admin()) {
      admin
          .deleteRecords(
              Map.of(new TopicPartition(HALF_DELETED, 0), RecordsToDelete.beforeOffset(logStart)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
    Set<String> doomedIds = doomed.stream().map(Segment::id).collect(Collectors.toSet());
    cluster.await(
        "the deletes of " + doomedIds + " started, and left the log objects alone in the bucket",
        () -> {
          boolean started =
              cluster.metadata().segments(HALF_DELETED).stream()
                  .filter(s -> doomedIds.contains(s.id()))
                  .allMatch(s -> s.state() == State.DELETE_SEGMENT_STARTED);
          Map<String, Set<String>> left = extensions(cluster, HALF_DELETED, doomedIds);
          return started
              && left.keySet().equals(doomedIds)
              && left.values().stream().allMatch(Set.of("log")::equals);
        },
        () ->
            "in the bucket "
                + BrokerCluster.seen(() -> extensions(cluster, HALF_DELETED, doomedIds)));
    assertThat(cluster.proxy().injected(Fault.Kind.FAILED_DELETES)).isPositive();
    return logStart;
  }

  /** Waits until a segment of {@code topic} is being copied and has an object in the bucket. */
  private static Segment awaitUploadWithObjects(TieredCluster cluster, String topic)
      throws Exception {
    // The segment the condition saw: asked again, the copy may have finished, or a broker may not
    // know the new topic yet.
    AtomicReference<Segment> found = new AtomicReference<>();
    cluster.await(
        "a copy of " + topic + " is under way and has put an object in the bucket",
        () -> {
          uploadWithObjects(cluster, topic).ifPresent(found::set);
          return found.get() != null;
        },
        () -> cluster.describeTiering(topic, 1));
    return found.get();
  }

  private static Optional<Segment> uploadWithObjects(TieredCluster cluster, String topic)
      throws Exception {
    Set<String> inBucket = cluster.bucketSegmentIds(topic, cluster.topicId(topic));
    return cluster.metadata().segments(topic).stream()
        .filter(s -> s.state() == State.COPY_SEGMENT_STARTED && inBucket.contains(s.id()))
        .filter(s -> cluster.broker(s.brokerId()).isRunning())
        .findFirst();
  }

  /** The extensions of the objects in the bucket of each of {@code ids} that has one. */
  private static Map<String, Set<String>> extensions(
      TieredCluster cluster, String topic, Set<String> ids) throws Exception {
    return cluster.bucket().segmentObjects(topic, cluster.topicId(topic).toString()).stream()
        .filter(o -> ids.contains(o.segmentId()))
        .collect(
            Collectors.groupingBy(
                SegmentObject::segmentId,
                Collectors.mapping(SegmentObject::extension, Collectors.toSet())));
  }

  private static Set<String> objectKeys(TieredCluster cluster, String topic, String segmentId)
      throws Exception {
    return cluster.bucket().segmentObjects(topic, cluster.topicId(topic).toString()).stream()
        .filter(o -> o.segmentId().equals(segmentId))
        .map(SegmentObject::key)
        .collect(Collectors.toSet());
  }

  /** An object of this test's topics that no live segment owns, and why. */
  private record Leftover(long bytes, String reason) {}

  /**
   * The objects of {@link #KILLED} and {@link #HALF_DELETED} whose segment the metadata does not
   * record as copied, by key, with the reason the reconciler's report gives for each state.
   */
  private static Map<String, Leftover> leftovers(TieredCluster cluster) throws Exception {
    Map<String, Leftover> leftovers = new TreeMap<>();
    for (String topic : List.of(KILLED, HALF_DELETED)) {
      Map<String, State> states =
          cluster.metadata().segments(topic).stream()
              .collect(Collectors.toMap(Segment::id, Segment::state));
      for (SegmentObject o : objects(cluster, topic)) {
        State state = states.get(o.segmentId());
        String reason =
            state == null
                ? "no-metadata"
                : switch (state) {
                  case COPY_SEGMENT_FINISHED -> null;
                  case COPY_SEGMENT_STARTED -> "copy-not-finished";
                  case DELETE_SEGMENT_STARTED -> "delete-not-finished";
                  case DELETE_SEGMENT_FINISHED -> "segment-deleted";
                };
        if (reason != null) {
          leftovers.put(o.key(), new Leftover(o.bytes(), reason));
        }
      }
    }
    return leftovers;
  }

  /** The objects of this test's topics whose segments the metadata records as copied. */
  private static Map<String, SegmentObject> liveObjects(TieredCluster cluster) throws Exception {
    Map<String, SegmentObject> live = new TreeMap<>();
    for (String topic : List.of(KILLED, HALF_DELETED)) {
      Set<String> copied = cluster.copiedSegmentIds(topic);
      objects(cluster, topic).stream()
          .filter(o -> copied.contains(o.segmentId()))
          .forEach(o -> live.put(o.key(), o));
    }
    return live;
  }

  private static List<SegmentObject> objects(TieredCluster cluster, String topic) throws Exception {
    return cluster.bucket().segmentObjects(topic, cluster.topicId(topic).toString());
  }

  /** The orphans a report names among the objects of this test's topics. */
  private static Map<String, Leftover> reported(JsonNode report) {
    Map<String, Leftover> reported = new TreeMap<>();
    for (JsonNode item : report.at("/orphans/items")) {
      String topic = item.get("topic").asText();
      if (topic.equals(KILLED) || topic.equals(HALF_DELETED)) {
        reported.put(
            item.get("key").asText(),
            new Leftover(item.get("bytes").asLong(), item.get("reason").asText()));
      }
    }
    return reported;
  }

  private static Set<String> reasons(Map<String, Leftover> leftovers) {
    return leftovers.values().stream().map(Leftover::reason).collect(Collectors.toSet());
  }

  /** "N objects (B bytes)" of one reason. */
  private static String totals(Map<String, Leftover> leftovers, String reason) {
    Map<String, Long> sum = new HashMap<>();
    leftovers.values().stream()
        .filter(l -> l.reason().equals(reason))
        .forEach(
            l -> {
              sum.merge("objects", 1L, Long::sum);
              sum.merge("bytes", l.bytes(), Long::sum);
            });
    return String.format(
        "%d objects (%,d bytes)", sum.getOrDefault("objects", 0L), sum.getOrDefault("bytes", 0L));
  }

  /** Runs the launcher with the cluster and the plugin configuration, and parses its report. */
  private static JsonNode reconcile(String... options) throws Exception {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--bootstrap-server",
                CLUSTER.get().bootstrapServers(),
                "--plugin-config",
                pluginConfig.toString()));
    args.addAll(List.of(options));
    ReconcileLauncher.Result result = launcher.run(args.toArray(String[]::new));
    assertThat(result.exitStatus()).as("%s", result).isZero();
    return JSON.readTree(result.out());
  }
}
