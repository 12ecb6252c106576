package io.tierline.costanalyzer.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.costanalyzer.configuration.PluginMetricsConfig;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.UnicastRemoteObject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;
import org.apache.kafka.common.metrics.JmxReporter;
import org.apache.kafka.common.metrics.KafkaMetricsContext;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeCount;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.common.utils.Time;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reader against a real JMX connector in this JVM, publishing counters the way the plugin does:
 * a Kafka metrics registry with a JmxReporter, under the plugin's domain, group and tags (the
 * sandbox's integration test reads the plugin itself).
 */
class PluginMetricsReaderTest {
  private Metrics metrics;
  private Registry registry;
  private JMXConnectorServer server;
  private int port;

  @BeforeEach
  void publish() throws Exception {
    metrics =
        new Metrics(
            new MetricConfig(),
            List.of(new JmxReporter()),
            Time.SYSTEM,
            new KafkaMetricsContext("io.tierline.tiering"));
    count("orders", "PUT", 3);
    count("orders", "GET", 7);
    count("orders", "LIST", 1);
    count("clicks", "DELETE", 2);
    // A topic the plugin uploaded for but never read: its MBean has no bytes-fetched-total yet.
    Sensor uploaded = metrics.sensor("uploaded-clicks");
    uploaded.add(
        metrics.metricName(
            "bytes-uploaded-total", "remote-storage-metrics", "", Map.of("topic", "clicks")),
        new CumulativeSum());
    uploaded.record(100);
    Sensor fetched = metrics.sensor("fetched-orders");
    fetched.add(
        metrics.metricName(
            "bytes-fetched-total", "remote-storage-metrics", "", Map.of("topic", "orders")),
        new CumulativeSum());
    fetched.record(4096);
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    registry = LocateRegistry.createRegistry(port);
    server =
        JMXConnectorServerFactory.newJMXConnectorServer(
            new JMXServiceURL(
                "service:jmx:rmi://127.0.0.1:"
                    + port
                    + "/jndi/rmi://127.0.0.1:"
                    + port
                    + "/jmxrmi"),
            null,
            ManagementFactory.getPlatformMBeanServer());
    server.start();
  }

  private void count(String topic, String type, int n) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("topic", topic);
    tags.put("request-type", type);
    Sensor s = metrics.sensor("requests-" + topic + "-" + type);
    s.add(
        metrics.metricName("requests-total", "remote-storage-metrics", "", tags),
        new CumulativeCount());
    for (int i = 0; i < n; i++) {
      s.record();
    }
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
    UnicastRemoteObject.unexportObject(registry, true);
    metrics.close();
  }

  private static PluginMetricsConfig endpoints(String... jmx) {
    PluginMetricsConfig c = new PluginMetricsConfig();
    c.setJmx(List.of(jmx));
    return c;
  }

  @Test
  void read_givesEachTopicsCountersAndTheBrokersStart() {
    PluginReading r =
        new PluginMetricsReader(endpoints("127.0.0.1:" + port), Clock.systemUTC()).read();

    assertThat(r.topics())
        .containsEntry("orders", new RequestCounts(3, 7, 1, 0, 4096))
        .containsEntry("clicks", new RequestCounts(0, 0, 0, 2, 0));
    assertThat(r.brokers().get(0).startedAt().toEpochMilli())
        .isEqualTo(ManagementFactory.getRuntimeMXBean().getStartTime());
  }

  @Test
  void read_twoEndpointsOfTheSameBroker_sumsThem() {
    String url = "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi";
    PluginReading r =
        new PluginMetricsReader(endpoints("127.0.0.1:" + port, url), Clock.systemUTC()).read();

    assertThat(r.topics()).containsEntry("orders", new RequestCounts(6, 14, 2, 0, 8192));
  }

  @Test
  void read_anEndpointThatDoesNotAnswer_failsNamingIt() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    PluginMetricsReader reader =
        new PluginMetricsReader(
            endpoints("127.0.0.1:" + port, "127.0.0.1:" + closed), Clock.systemUTC());

    assertThatThrownBy(reader::read)
        .isInstanceOf(MeasurementException.class)
        .hasMessageContaining("127.0.0.1:" + closed);
  }
}
