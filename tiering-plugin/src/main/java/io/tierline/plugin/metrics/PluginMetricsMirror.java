package io.tierline.plugin.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.common.metrics.Measurable;
import org.apache.kafka.common.metrics.MetricsReporter;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows the plugin's metrics in the broker's own registry as KIP-877 plugin metrics. Each metric of
 * {@link TieringMetrics}, those created later (a new topic's) included, becomes a plugin metric of
 * the same name, description and tags ({@code topic} and the rest), whose value is read from the
 * plugin's metric; the plugin's own JMX registry is left as it is. When that registry closes, the
 * mirrored metrics leave the broker's.
 *
 * <p>{@link PluginMetrics} exists from Kafka 4.1: this class does not load on a 4.0 broker, and
 * only {@code MonitorableTieredRemoteStorageManager} uses it. Failures to mirror are logged and
 * never reach the code that records.
 */
public final class PluginMetricsMirror implements MetricsReporter {
  private static final Logger log = LoggerFactory.getLogger(PluginMetricsMirror.class);

  private final PluginMetrics target;
  private final Map<MetricName, MetricName> mirrored = new LinkedHashMap<>();
  private boolean closed;

  private PluginMetricsMirror(PluginMetrics target) {
    this.target = target;
  }

  /** Mirrors {@code source}'s metrics, present and to come, into {@code target} until it closes. */
  public static PluginMetricsMirror attach(TieringMetrics source, PluginMetrics target) {
    PluginMetricsMirror mirror = new PluginMetricsMirror(target);
    source.registry().addReporter(mirror);
    return mirror;
  }

  @Override
  public void init(List<KafkaMetric> metrics) {
    metrics.forEach(this::metricChange);
  }

  @Override
  public synchronized void metricChange(KafkaMetric metric) {
    MetricName own = metric.metricName();
    if (closed || !TieringMetrics.GROUP.equals(own.group()) || mirrored.containsKey(own)) {
      return;
    }
    try {
      MetricName name =
          target.metricName(own.name(), own.description(), new LinkedHashMap<>(own.tags()));
      target.addMetric(name, (Measurable) (config, now) -> value(metric));
      mirrored.put(own, name);
    } catch (RuntimeException e) {
      log.warn("Cannot add {} to the broker's plugin metrics", own, e);
    }
  }

  @Override
  public synchronized void metricRemoval(KafkaMetric metric) {
    MetricName name = mirrored.remove(metric.metricName());
    if (name != null) {
      remove(name);
    }
  }

  /** Removes every mirrored metric; the plugin's registry calls it when it closes. */
  @Override
  public synchronized void close() {
    closed = true;
    mirrored.values().forEach(this::remove);
    mirrored.clear();
  }

  @Override
  public void configure(Map<String, ?> configs) {}

  private void remove(MetricName name) {
    try {
      target.removeMetric(name);
    } catch (RuntimeException alreadyClosed) {
      // The broker closed its plugin metrics first, which removed them all.
    }
  }

  private static double value(KafkaMetric metric) {
    return ((Number) metric.metricValue()).doubleValue();
  }
}
