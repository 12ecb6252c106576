package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.localcluster.broker.BrokerProcess;
import io.tierline.localcluster.s3.InProcessS3Server;
import io.tierline.plugin.broker.Deadline;
import io.tierline.plugin.broker.ExampleConfig;
import io.tierline.plugin.broker.TestBrokers;
import io.tierline.plugin.broker.TopicTraffic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A stock broker of each tested Kafka version loads the plugin from {@code target/plugin/} with the
 * example S3 configuration, offloads a topic to the in-process S3 server, serves it back to a real
 * consumer before and after a restart, and deletes its objects with the topic.
 */
class TieredStorageEndToEndIT {
  private static final String TOPIC = "tiered";
  private static final long PRODUCED_BYTES = 50L << 20;
  private static final int RECORD_SIZE = 8 * 1024;
  private static final Duration WAIT = Duration.ofMinutes(3);

  static List<String> versions() {
    return TestBrokers.versions();
  }

  @ParameterizedTest(name = "Kafka {0}")
  @MethodSource("versions")
  void brokerWithPlugin_offloadsServesAndDeletesATopic(String version, @TempDir Path dir)
      throws Exception {
    try (InProcessS3Server s3 =
        InProcessS3Server.start(Files.createDirectories(dir.resolve("s3")))) {
      Map<String, String> config =
          new HashMap<>(ExampleConfig.load("broker-tiering-s3.properties"));
      config.putAll(ExampleConfig.fastTiering());
      config.put("rsm.config.storage.endpoint", s3.endpoint().toString());
      String bucket = config.get("rsm.config.storage.bucket");
      s3.createBucket(bucket);
      BrokerProcess broker =
          BrokerProcess.format(TestBrokers.of(version), dir.resolve("broker"), config);
      try (Bucket objects = new Bucket(s3, bucket)) {
        broker.start();
        Uuid topicId = createTieredTopic(broker);
        long records = TopicTraffic.produce(broker, TOPIC, PRODUCED_BYTES, RECORD_SIZE);

        String remotePrefix = TOPIC + "-" + topicId + "/0/";
        Deadline.await(
            "only the active segment is local and the rest is remote",
            WAIT,
            () ->
                broker.localSegments(TOPIC, 0).size() == 1
                    && objects.baseOffsets(remotePrefix).contains(0L),
            () ->
                "local "
                    + broker.localSegments(TOPIC, 0)
                    + ", remote "
                    + objects.baseOffsets(remotePrefix).size()
                    + " segments");
        TreeSet<Long> remote = objects.baseOffsets(remotePrefix);
        TreeSet<Long> local = broker.localSegments(TOPIC, 0);
        assertThat(remote.first()).isZero();
        assertThat(remote.last()).isLessThan(local.first());
        assertThat(remote.size() + local.size())
            .as("segments of 1 MiB holding %d bytes", PRODUCED_BYTES)
            .isGreaterThanOrEqualTo(50);

        TopicTraffic.consumeAndVerify(broker, TOPIC, records, RECORD_SIZE, WAIT);
        broker.stop();
        broker.start();
        TopicTraffic.consumeAndVerify(broker, TOPIC, records, RECORD_SIZE, WAIT);

        try (Admin admin = broker.admin()) {
          admin.deleteTopics(List.of(TOPIC)).all().get();
        }
        Deadline.await(
            "the topic's objects leave the bucket",
            WAIT,
            () -> objects.keys(remotePrefix).isEmpty(),
            () -> objects.keys(remotePrefix).size() + " objects left");
      } catch (Throwable e) {
        e.addSuppressed(new AssertionError("Broker log:\n" + broker.logTail()));
        throw e;
      } finally {
        broker.stop();
      }
    }
  }

  private static Uuid createTieredTopic(BrokerProcess broker) throws Exception {
    try (Admin admin = broker.admin()) {
      NewTopic topic =
          new NewTopic(TOPIC, 1, (short) 1)
              .configs(
                  Map.of(
                      "remote.storage.enable", "true",
                      "segment.bytes", String.valueOf(1 << 20),
                      "local.retention.ms", "1000"));
      return admin.createTopics(List.of(topic)).topicId(TOPIC).get();
    }
  }
}
