package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.localcluster.broker.BrokerProcess;
import io.tierline.localcluster.s3.InProcessS3Server;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.StorageClass;
import io.tierline.offloader.segment.format.ManifestCodec;
import io.tierline.offloader.testing.S3Fixtures;
import io.tierline.plugin.broker.Deadline;
import io.tierline.plugin.broker.ExampleConfig;
import io.tierline.plugin.broker.TestBrokers;
import io.tierline.plugin.broker.TopicTraffic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A stock broker of the newest tested Kafka version, with the example S3 configuration and storage
 * class rules, offloads four topics to the in-process S3 server: each topic's objects carry the
 * class its rule gives (seen with LIST and HEAD through the AWS SDK, as an operator would), each
 * manifest records it, and a consumer reads a GLACIER_IR topic back from remote storage.
 */
class StorageClassEndToEndIT {
  private static final long PRODUCED_BYTES = 3L << 20;
  private static final int RECORD_SIZE = 8 * 1024;
  private static final Duration WAIT = Duration.ofMinutes(3);

  /** A rule for three topics, the fourth left to the default. */
  private static final String RULES =
      "logs\\..*=STANDARD_IA, audit\\.[a-z]{2,10}=GLACIER_IR, metrics-.*=INTELLIGENT_TIERING";

  private static final Map<String, StorageClass> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("logs.app", StorageClass.STANDARD_IA);
    EXPECTED.put("audit.trail", StorageClass.GLACIER_IR);
    EXPECTED.put("metrics-cpu", StorageClass.INTELLIGENT_TIERING);
    EXPECTED.put("orders", StorageClass.STANDARD);
  }

  @Test
  void brokerWithRules_storesEachTopicsObjectsInItsClass(@TempDir Path dir) throws Exception {
    try (InProcessS3Server s3 =
        InProcessS3Server.start(Files.createDirectories(dir.resolve("s3")))) {
      Map<String, String> config =
          new HashMap<>(ExampleConfig.load("broker-tiering-s3.properties"));
      config.putAll(ExampleConfig.fastTiering());
      config.put("rsm.config.storage.endpoint", s3.endpoint().toString());
      config.put("rsm.config.storage.class.rules", RULES);
      String bucket = config.get("rsm.config.storage.bucket");
      s3.createBucket(bucket);
      String version = TestBrokers.versions().get(TestBrokers.versions().size() - 1);
      BrokerProcess broker =
          BrokerProcess.format(TestBrokers.of(version), dir.resolve("broker"), config);
      try (Bucket objects = new Bucket(s3, bucket);
          S3Client client = S3Fixtures.plainClient(s3.endpoint())) {
        broker.start();
        Map<String, Long> records = new HashMap<>();
        Map<String, String> prefixes = new HashMap<>();
        for (String topic : EXPECTED.keySet()) {
          prefixes.put(topic, SingleBrokerTopic.create(broker, topic).remotePrefix());
          records.put(topic, TopicTraffic.produce(broker, topic, PRODUCED_BYTES, RECORD_SIZE));
        }
        Deadline.await(
            "every topic has segments in the bucket",
            WAIT,
            () -> prefixes.values().stream().allMatch(p -> objects.baseOffsets(p).size() >= 2),
            () -> "remote segments: " + prefixes.values().stream().map(objects::baseOffsets));

        for (var topic : EXPECTED.entrySet()) {
          String prefix = prefixes.get(topic.getKey());
          String expected = topic.getValue().name();
          List<S3Object> listed =
              client.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream()
                  .filter(o -> o.key().contains(prefix))
                  .toList();
          assertThat(listed).as(topic.getKey()).hasSizeGreaterThanOrEqualTo(6);
          for (S3Object object : listed) {
            assertThat(object.storageClassAsString())
                .as("LIST " + object.key())
                .isEqualTo(expected);
            String headed =
                client.headObject(b -> b.bucket(bucket).key(object.key())).storageClassAsString();
            // S3 leaves the header out for STANDARD.
            assertThat(headed == null ? "STANDARD" : headed)
                .as("HEAD " + object.key())
                .isEqualTo(expected);
            if (object.key().endsWith(".manifest")) {
              assertThat(
                      ManifestCodec.decode(ObjectKey.of(object.key()), objects.bytes(object.key()))
                          .storageClass())
                  .as("manifest " + object.key())
                  .isEqualTo(topic.getValue());
            }
          }
        }
        TopicTraffic.consumeAndVerify(
            broker, "audit.trail", records.get("audit.trail"), RECORD_SIZE, WAIT);
        assertThat(broker.log()).contains("storage classes: " + RULES.replace(" ", ""));
      } catch (Throwable e) {
        e.addSuppressed(new AssertionError("Broker log:\n" + broker.logTail()));
        throw e;
      } finally {
        broker.stop();
      }
    }
  }
}
