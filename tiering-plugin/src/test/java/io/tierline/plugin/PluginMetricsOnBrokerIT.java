package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.localcluster.broker.BrokerProcess;
import io.tierline.localcluster.broker.BrokerRuntime;
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
import java.util.TreeMap;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stock broker of the newest Kafka version with the plugin's jars on its own class path (as when
 * they are copied into its {@code libs/}, {@code remote.log.storage.manager.class.path} unset) and
 * {@link MonitorableTieredRemoteStorageManager} as the plugin class: the broker hands the plugin
 * its plugin metrics, and the plugin's counts appear in the broker's own registry, tagged with the
 * topic, equal to those of the plugin's own registry.
 */
class PluginMetricsOnBrokerIT {
  private static final String TOPIC = "tiered";
  private static final int RECORD_SIZE = 8 * 1024;
  private static final Duration WAIT = Duration.ofMinutes(3);
  private static final String BROKER_BEANS =
      "kafka.server:type=plugins,config=remote.log.storage.manager.class.name,class="
          + MonitorableTieredRemoteStorageManager.class.getSimpleName()
          + ",topic="
          + TOPIC;
  private static final String PLUGIN_BEANS =
      "io.tierline.tiering:type=remote-storage-metrics,topic=" + TOPIC;

  @Test
  void pluginOnTheBrokersClassPath_reportsItsRequestsThroughTheBrokersPluginMetrics(
      @TempDir Path dir) throws Exception {
    try (InProcessS3Server s3 =
        InProcessS3Server.start(Files.createDirectories(dir.resolve("s3")))) {
      Map<String, String> config =
          new HashMap<>(ExampleConfig.load("broker-tiering-s3.properties"));
      config.putAll(ExampleConfig.fastTiering());
      config.remove(ExampleConfig.CLASS_PATH);
      config.put(
          "remote.log.storage.manager.class.name",
          MonitorableTieredRemoteStorageManager.class.getName());
      config.put("rsm.config.storage.endpoint", s3.endpoint().toString());
      String bucket = config.get("rsm.config.storage.bucket");
      s3.createBucket(bucket);
      List<String> versions = TestBrokers.versions();
      BrokerRuntime runtime =
          TestBrokers.of(versions.get(versions.size() - 1))
              .withClassPath(List.of(TestBrokers.pluginDir() + "/*"));
      BrokerProcess broker = BrokerProcess.format(runtime, dir.resolve("broker"), config);
      try (Bucket objects = new Bucket(s3, bucket)) {
        broker.start();
        SingleBrokerTopic topic = SingleBrokerTopic.create(broker, TOPIC);
        long records = TopicTraffic.produce(broker, TOPIC, 6L << 20, RECORD_SIZE);
        topic.awaitOffloaded(objects, WAIT);
        // Read back from the bucket, so that GETs are counted too.
        TopicTraffic.consumeAndVerify(broker, TOPIC, records, RECORD_SIZE, WAIT);

        // Both registries read the same counters; a prefetch may still land between two reads.
        Deadline.await(
            "the broker's plugin metrics count what the plugin's own registry counts",
            WAIT,
            () -> requests(broker, BROKER_BEANS).equals(requests(broker, PLUGIN_BEANS)),
            () -> bothRegistries(broker));
        Map<String, Double> requests = requests(broker, BROKER_BEANS);
        // The names as the broker shows them, for the record in the test's output.
        broker
            .jmxValues("kafka.server:type=plugins,*", "requests-total")
            .forEach((bean, value) -> System.out.println(bean + " requests-total=" + value));
        assertThat(requests.get("PUT")).as("PUTs of %s", requests).isPositive();
        assertThat(requests.get("GET")).as("GETs of %s", requests).isPositive();
        assertThat(broker.jmxAttribute(BROKER_BEANS + ",operation=copy", "operations-total"))
            .isEqualTo(broker.jmxAttribute(PLUGIN_BEANS + ",operation=copy", "operations-total"))
            .isEqualTo((double) objects.baseOffsets(topic.remotePrefix()).size());
        assertThat(broker.jmxAttribute(BROKER_BEANS, "bytes-uploaded-total"))
            .isEqualTo(broker.jmxAttribute(PLUGIN_BEANS, "bytes-uploaded-total"))
            .isPositive();
      } catch (Throwable e) {
        e.addSuppressed(new AssertionError("Broker log:\n" + broker.logTail()));
        throw e;
      } finally {
        broker.stop();
      }
    }
  }

  private static String bothRegistries(BrokerProcess broker) {
    try {
      return "broker "
          + requests(broker, BROKER_BEANS)
          + ", plugin "
          + requests(broker, PLUGIN_BEANS);
    } catch (Exception e) {
      return "JMX unreadable: " + e;
    }
  }

  /** {@code requests-total} of the MBeans under {@code prefix}, by their {@code request-type}. */
  private static Map<String, Double> requests(BrokerProcess broker, String prefix)
      throws Exception {
    Map<String, Double> byType = new TreeMap<>();
    for (Map.Entry<String, Double> bean :
        broker.jmxValues(prefix + ",request-type=*", "requests-total").entrySet()) {
      byType.put(new ObjectName(bean.getKey()).getKeyProperty("request-type"), bean.getValue());
    }
    return byType;
  }
}
