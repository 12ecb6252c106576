package io.tierline.costanalyzer.measure;

import io.tierline.costanalyzer.configuration.PluginMetricsConfig;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Reads the tiering plugin's per-topic counters from every broker over JMX, where the plugin
 * publishes them (docs/tiering-plugin.md, "Metrics"): {@code requests-total} of the MBeans {@code
 * io.tierline.tiering:type=remote-storage-metrics,topic=<t>,request-type=<PUT|GET|LIST|DELETE>} and
 * {@code bytes-fetched-total} of {@code ...,topic=<t>}. One connection per broker and read.
 */
public final class PluginMetricsReader {

  static final String MBEANS = "io.tierline.tiering:type=remote-storage-metrics,*";
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final PluginMetricsConfig config;
  private final Clock clock;

  public PluginMetricsReader(PluginMetricsConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /**
   * Every broker's counters.
   *
   * @throws MeasurementException naming the endpoint that did not answer
   */
  public PluginReading read() {
    List<PluginReading.Broker> brokers = new ArrayList<>();
    for (String endpoint : config.getJmx()) {
      CompletableFuture<PluginReading.Broker> read =
          CompletableFuture.supplyAsync(() -> readBroker(endpoint));
      try {
        brokers.add(read.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
      } catch (TimeoutException e) {
        read.cancel(true);
        throw new MeasurementException(
            "JMX " + endpoint + ": no answer in " + TIMEOUT.toSeconds() + " s", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof MeasurementException m
            ? m
            : new MeasurementException("JMX " + endpoint + ": " + e.getCause(), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MeasurementException("JMX " + endpoint + ": interrupted", e);
      }
    }
    return new PluginReading(clock.instant(), brokers);
  }

  private PluginReading.Broker readBroker(String endpoint) {
    Map<String, Object> environment = new HashMap<>();
    if (config.getUsername() != null) {
      environment.put(
          JMXConnector.CREDENTIALS, new String[] {config.getUsername(), config.getPassword()});
    }
    try (JMXConnector connector = JMXConnectorFactory.connect(url(endpoint), environment)) {
      MBeanServerConnection server = connector.getMBeanServerConnection();
      long startTime =
          ((Number) server.getAttribute(new ObjectName("java.lang:type=Runtime"), "StartTime"))
              .longValue();
      Map<String, RequestCounts> topics = new HashMap<>();
      for (ObjectName name : server.queryNames(new ObjectName(MBEANS), null)) {
        String topic = name.getKeyProperty("topic");
        String type = name.getKeyProperty("request-type");
        int keys = name.getKeyPropertyList().size();
        if (topic == null) {
          continue;
        }
        RequestCounts counts;
        if (type != null && keys == 3) {
          long n = Math.round(attribute(server, name, "requests-total"));
          counts =
              switch (type) {
                case "PUT" -> new RequestCounts(n, 0, 0, 0, 0);
                case "GET" -> new RequestCounts(0, n, 0, 0, 0);
                case "LIST" -> new RequestCounts(0, 0, n, 0, 0);
                case "DELETE" -> new RequestCounts(0, 0, 0, n, 0);
                default -> RequestCounts.NONE;
              };
        } else if (keys == 2) {
          counts =
              new RequestCounts(
                  0, 0, 0, 0, Math.round(attribute(server, name, "bytes-fetched-total")));
        } else {
          continue;
        }
        topics.merge(unquote(topic), counts, RequestCounts::plus);
      }
      return new PluginReading.Broker(endpoint, Instant.ofEpochMilli(startTime), topics);
    } catch (JMException e) {
      throw new MeasurementException("JMX " + endpoint + ": " + e, e);
    } catch (IOException e) {
      throw new MeasurementException("JMX " + endpoint + ": cannot connect: " + e, e);
    }
  }

  /**
   * A metric's value. The plugin creates a topic's metrics as it first records them: one it has not
   * recorded yet is absent from the MBean (asked for all the same, Kafka's JmxReporter logs a
   * warning on the broker), or NaN, and counts as zero.
   */
  private static double attribute(MBeanServerConnection server, ObjectName name, String metric)
      throws JMException, IOException {
    boolean present =
        Arrays.stream(server.getMBeanInfo(name).getAttributes())
            .anyMatch(a -> a.getName().equals(metric));
    if (!present) {
      return 0;
    }
    Object value = server.getAttribute(name, metric);
    double v = value instanceof Number n ? n.doubleValue() : 0;
    return Double.isFinite(v) ? v : 0;
  }

  private static String unquote(String value) {
    return value.startsWith("\"") ? ObjectName.unquote(value) : value;
  }

  static JMXServiceURL url(String endpoint) throws IOException {
    return new JMXServiceURL(
        endpoint.startsWith("service:jmx:")
            ? endpoint
            : "service:jmx:rmi:///jndi/rmi://" + endpoint + "/jmxrmi");
  }
}
