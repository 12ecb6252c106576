package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.localcluster.broker.BrokerProcess;
import io.tierline.localcluster.s3.InProcessS3Server;
import io.tierline.plugin.broker.ChecksummedRecords;
import io.tierline.plugin.broker.Deadline;
import io.tierline.plugin.broker.ExampleConfig;
import io.tierline.plugin.broker.TestBrokers;
import io.tierline.plugin.broker.TopicTraffic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A stock broker of each tested Kafka version loads the plugin from {@code target/plugin/} with the
 * example S3 configuration, offloads a topic to the in-process S3 server, serves it back to a real
 * consumer before and after a restart, and deletes its objects with the topic. The newest version
 * does it with compression and encryption on, and the master key rotated at the restart.
 */
class TieredStorageEndToEndIT {
  private static final String TOPIC = "tiered";
  private static final long PRODUCED_BYTES = 50L << 20;
  private static final int RECORD_SIZE = 8 * 1024;
  private static final Duration WAIT = Duration.ofMinutes(3);

  private static final String KEY_1 = base64Key(1);
  private static final String KEY_2 = base64Key(2);

  /** Every tested version in the clear, and the newest with encryption on. */
  /**
   * Every broker version but the newest as configured in the example file; the newest with
   * compression and encryption on as well, which takes every step the plain run takes and more (the
   * cluster tests run the newest broker plain).
   */
  static List<Arguments> versions() {
    List<String> versions = TestBrokers.versions();
    List<Arguments> cases = new ArrayList<>();
    for (String version : versions.subList(0, versions.size() - 1)) {
      cases.add(Arguments.of(version, false));
    }
    cases.add(Arguments.of(versions.get(versions.size() - 1), true));
    return cases;
  }

  private static String base64Key(int seed) {
    byte[] key = new byte[32];
    new Random(seed).nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  @ParameterizedTest(name = "Kafka {0}, encrypted {1}")
  @MethodSource("versions")
  void brokerWithPlugin_offloadsServesAndDeletesATopic(
      String version, boolean encrypted, @TempDir Path dir) throws Exception {
    try (InProcessS3Server s3 =
        InProcessS3Server.start(Files.createDirectories(dir.resolve("s3")))) {
      Map<String, String> config =
          new HashMap<>(ExampleConfig.load("broker-tiering-s3.properties"));
      config.putAll(ExampleConfig.fastTiering());
      config.put("rsm.config.storage.endpoint", s3.endpoint().toString());
      if (encrypted) {
        // Compressed, then encrypted; the second key is the one a rotation below moves to.
        config.put("rsm.config.compression", "zstd");
        config.put("rsm.config.encryption.key.ring", "k1:" + KEY_1 + ",k2:" + KEY_2);
        config.put("rsm.config.encryption.key.id", "k1");
      }
      String bucket = config.get("rsm.config.storage.bucket");
      s3.createBucket(bucket);
      BrokerProcess broker =
          BrokerProcess.format(TestBrokers.of(version), dir.resolve("broker"), config);
      try (Bucket objects = new Bucket(s3, bucket)) {
        broker.start();
        SingleBrokerTopic topic = SingleBrokerTopic.create(broker, TOPIC);
        long records = TopicTraffic.produce(broker, TOPIC, PRODUCED_BYTES, RECORD_SIZE);

        String remotePrefix = topic.remotePrefix();
        topic.awaitOffloaded(objects, WAIT);
        TreeSet<Long> remote = objects.baseOffsets(remotePrefix);
        TreeSet<Long> local = broker.localSegments(TOPIC, 0);
        assertThat(remote.first()).isZero();
        assertThat(remote.last()).isLessThan(local.first());
        assertThat(remote.size() + local.size())
            .as("segments of 1 MiB holding %d bytes", PRODUCED_BYTES)
            .isGreaterThanOrEqualTo(50);

        if (encrypted) {
          assertStoredEncrypted(objects, remotePrefix);
        }
        TopicTraffic.consumeAndVerify(broker, TOPIC, records, RECORD_SIZE, WAIT);
        broker.stop();
        if (encrypted) {
          // A rotation: new segments take k2, those already stored keep reading with k1.
          broker.reconfigure(Map.of("rsm.config.encryption.key.id", "k2"));
        }
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
        // Everything the broker logged in this run, the plugin's start-up included: no secret.
        String log = broker.log();
        assertThat(log).contains("tierline");
        for (String secret :
            List.of(
                config.get("rsm.config.storage.access.key"),
                config.get("rsm.config.storage.secret.key"),
                KEY_1,
                KEY_2,
                KEY_1.substring(0, 16),
                KEY_2.substring(0, 16))) {
          assertThat(log).as("the broker's log").doesNotContain(secret);
        }
      } catch (Throwable e) {
        e.addSuppressed(new AssertionError("Broker log:\n" + broker.logTail()));
        throw e;
      } finally {
        broker.stop();
      }
    }
  }

  /** No stored log holds a record's bytes, and every manifest names the key (format version 2). */
  private static void assertStoredEncrypted(Bucket objects, String remotePrefix) {
    List<byte[]> records = new ArrayList<>();
    for (long sequence = 0; sequence < 20; sequence++) {
      byte[] value = ChecksummedRecords.value(sequence, RECORD_SIZE);
      records.add(Arrays.copyOfRange(value, 8, 72)); // 64 bytes of the record's random payload
    }
    String first =
        objects.keys(remotePrefix).stream()
            .filter(k -> k.endsWith(".log"))
            .sorted()
            .findFirst()
            .orElseThrow();
    byte[] log = objects.bytes(first);
    for (byte[] record : records) {
      assertThat(indexOf(log, record)).as("a record's bytes in %s", first).isEqualTo(-1);
    }
    for (String key : objects.keys(remotePrefix)) {
      if (key.endsWith(".manifest")) {
        byte[] manifest = objects.bytes(key);
        assertThat(manifest[5]).as("format version of %s", key).isEqualTo((byte) 2);
      }
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
