package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.offloader.segment.SegmentCoordinates;
import io.tierline.plugin.metrics.TieringMetrics;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.internals.Plugin;
import org.apache.kafka.common.metrics.JmxReporter;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.common.metrics.KafkaMetricsContext;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.server.log.remote.storage.RemoteStorageManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's metrics in a broker's registry, wired as a broker wires a plugin on its own class
 * path: {@code configure}, then Kafka's {@link Plugin#wrapInstance}, which hands a {@code
 * Monitorable} its plugin metrics, and {@link Plugin#close} at shutdown.
 */
class MonitorableTieredRemoteStorageManagerTest {
  private static final String CONFIG_KEY = "remote.log.storage.manager.class.name";
  private static final String PLUGIN_BEANS =
      "kafka.server:type=plugins,config="
          + CONFIG_KEY
          + ",class="
          + MonitorableTieredRemoteStorageManager.class.getSimpleName();

  @TempDir Path dir;
  private final MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
  private Metrics broker;
  private MonitorableTieredRemoteStorageManager rsm;

  @BeforeEach
  void configure() {
    broker =
        new Metrics(
            new MetricConfig(),
            List.of(new JmxReporter()),
            Time.SYSTEM,
            new KafkaMetricsContext("kafka.server"));
    rsm = new MonitorableTieredRemoteStorageManager();
    rsm.configure(
        Map.of(
            "storage.backend", "filesystem",
            "storage.filesystem.root", dir.resolve("remote").toString(),
            "chunk.size", "16384"));
  }

  @AfterEach
  void closeBroker() {
    rsm.close();
    broker.close();
  }

  @Test
  void withPluginMetrics_everyMetricAppearsInTheBrokersRegistryWithItsTagsAndValue()
      throws Exception {
    // Recorded before the broker hands over its plugin metrics, and after: a new topic's.
    rsm.metrics().onCacheHit(segmentOf("early"));
    try (Plugin<RemoteStorageManager> plugin = Plugin.wrapInstance(rsm, broker, CONFIG_KEY)) {
      SegmentFixture segment = SegmentFixture.create(dir.resolve("local"), 0, 40_000, true);
      plugin.get().copyLogSegmentData(segment.metadata(), segment.data());
      rsm.metrics().onCacheHit(segmentOf("early"));

      Map<MetricName, KafkaMetric> own = ownMetrics();
      assertThat(own).isNotEmpty();
      for (Map.Entry<MetricName, KafkaMetric> metric : own.entrySet()) {
        KafkaMetric mirrored = broker.metric(pluginName(metric.getKey()));
        assertThat(mirrored).as("%s in the broker's registry", metric.getKey()).isNotNull();
        if (metric.getKey().name().endsWith("-total")) {
          // A rate or an average moves with the clock between two reads; a total does not.
          assertThat(mirrored.metricValue()).isEqualTo(metric.getValue().metricValue());
        }
      }
      assertThat(jmx.getAttribute(bean(",topic=early"), "cache-hits-total")).isEqualTo(2.0);
      assertThat(jmx.getAttribute(bean(",topic=orders,operation=copy"), "operations-total"))
          .isEqualTo(1.0);
      assertThat(jmx.getAttribute(bean(",topic=orders"), "bytes-uploaded-total"))
          .isEqualTo(
              jmx.getAttribute(
                  new ObjectName(
                      TieringMetrics.JMX_DOMAIN
                          + ":type="
                          + TieringMetrics.GROUP
                          + ",topic=orders"),
                  "bytes-uploaded-total"));
    }
    // Closing the plugin, as the broker does at shutdown, takes its metrics out of both registries.
    assertThat(broker.metrics().keySet()).noneMatch(name -> name.group().equals("plugins"));
    assertThat(jmx.queryNames(new ObjectName(PLUGIN_BEANS + ",*"), null)).isEmpty();
    assertThat(jmx.queryNames(new ObjectName(TieringMetrics.JMX_DOMAIN + ":*"), null)).isEmpty();
  }

  @Test
  void withoutPluginMetrics_onlyThePluginsOwnRegistryHoldsTheMetrics() throws Exception {
    // What a broker does when remote.log.storage.manager.class.path is set: it wraps the plugin in
    // a class-loader wrapper, which is not Monitorable, so no plugin metrics are handed over.
    rsm.metrics().onCacheHit(segmentOf("orders"));

    assertThat(broker.metrics().keySet()).noneMatch(name -> name.group().equals("plugins"));
    assertThat(
            jmx.getAttribute(
                new ObjectName(
                    TieringMetrics.JMX_DOMAIN + ":type=" + TieringMetrics.GROUP + ",topic=orders"),
                "cache-hits-total"))
        .isEqualTo(1.0);
  }

  private Map<MetricName, KafkaMetric> ownMetrics() {
    Map<MetricName, KafkaMetric> own = new LinkedHashMap<>(rsm.metrics().registry().metrics());
    own.keySet().removeIf(name -> !name.group().equals(TieringMetrics.GROUP));
    return own;
  }

  /**
   * Where Kafka's plugin metrics put {@code own}: group {@code plugins}, its tags after Kafka's.
   */
  private MetricName pluginName(MetricName own) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("config", CONFIG_KEY);
    tags.put("class", MonitorableTieredRemoteStorageManager.class.getSimpleName());
    tags.putAll(own.tags());
    return broker.metricName(own.name(), "plugins", own.description(), tags);
  }

  private static ObjectName bean(String tags) throws Exception {
    return new ObjectName(PLUGIN_BEANS + tags);
  }

  private static SegmentCoordinates segmentOf(String topic) {
    return new SegmentCoordinates(topic, "topic-id", 0, 0, "segment-id");
  }
}
