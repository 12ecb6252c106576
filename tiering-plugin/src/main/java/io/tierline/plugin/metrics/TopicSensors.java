package io.tierline.plugin.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.Avg;
import org.apache.kafka.common.metrics.stats.CumulativeCount;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.common.metrics.stats.Max;
import org.apache.kafka.common.metrics.stats.Rate;

/**
 * Creates each per-topic sensor (and the store-wide failed attempts) on first use and finds it
 * again after. The metric names are the documented ones: see the metrics table in
 * docs/tiering-plugin.md.
 */
final class TopicSensors {
  private final Metrics metrics;
  private final String group;
  private final Map<String, Sensor> sensors = new ConcurrentHashMap<>();

  TopicSensors(Metrics metrics, String group) {
    this.metrics = metrics;
    this.group = group;
  }

  /** {@code <name>-total} and {@code <name>-rate} in bytes. */
  Sensor bytes(String topic, String name) {
    return sensor(
        tags(topic),
        name,
        (sensor, tags) -> {
          sensor.add(
              metricName(name + "-total", "Total " + name.replace('-', ' '), tags),
              new CumulativeSum());
          sensor.add(
              metricName(name + "-rate", "Bytes per second " + name.replace("bytes-", ""), tags),
              new Rate());
        });
  }

  /** {@code <name>-total}, a sum of the recorded counts. */
  Sensor counter(String topic, String name) {
    return sensor(
        tags(topic),
        name,
        (sensor, tags) ->
            sensor.add(
                metricName(name + "-total", "Total " + name.replace('-', ' '), tags),
                new CumulativeSum()));
  }

  /** {@code requests-total}, {@code request-latency-avg/max} (ms) per request type. */
  Sensor request(String topic, String type) {
    Map<String, String> tags = tags(topic);
    tags.put("request-type", type);
    return sensor(
        tags,
        "requests",
        (sensor, t) -> {
          sensor.add(
              metricName("requests-total", "Object-store requests", t), new CumulativeCount());
          sensor.add(
              metricName("request-latency-avg", "Average request latency in ms", t), new Avg());
          sensor.add(
              metricName("request-latency-max", "Longest request latency in ms", t), new Max());
        });
  }

  /** {@code operations-total}, {@code operation-time-avg/max} (ms) per broker operation. */
  Sensor operation(String topic, String operation) {
    Map<String, String> tags = tags(topic);
    tags.put("operation", operation);
    return sensor(
        tags,
        "operations",
        (sensor, t) -> {
          sensor.add(
              metricName("operations-total", "Broker calls completed", t), new CumulativeCount());
          sensor.add(
              metricName("operation-time-avg", "Average time of a call in ms", t), new Avg());
          sensor.add(
              metricName("operation-time-max", "Longest time of a call in ms", t), new Max());
        });
  }

  /** {@code errors-total} per request type or operation, and error class. */
  Sensor error(String topic, String during, String errorClass) {
    Map<String, String> tags = tags(topic);
    tags.put("during", during);
    tags.put("error", errorClass);
    return sensor(
        tags,
        "errors",
        (sensor, t) ->
            sensor.add(metricName("errors-total", "Failures by class", t), new CumulativeCount()));
  }

  /**
   * {@code failed-attempts-total} per request type and whether another attempt followed: the object
   * store's, for all topics, since an attempt is below segments.
   */
  Sensor failedAttempt(String requestType, boolean retried) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("request-type", requestType);
    tags.put("retried", String.valueOf(retried));
    return sensor(
        tags,
        "failed-attempts",
        (sensor, t) ->
            sensor.add(
                metricName("failed-attempts-total", "Request attempts that failed and may pass", t),
                new CumulativeCount()));
  }

  private Sensor sensor(Map<String, String> tags, String name, SensorSetup setup) {
    String key = name + tags;
    return sensors.computeIfAbsent(
        key,
        k -> {
          Sensor sensor = metrics.sensor(k);
          setup.addStats(sensor, tags);
          return sensor;
        });
  }

  private MetricName metricName(String name, String description, Map<String, String> tags) {
    return metrics.metricName(name, group, description, tags);
  }

  private static Map<String, String> tags(String topic) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("topic", topic);
    return tags;
  }

  @FunctionalInterface
  private interface SensorSetup {
    void addStats(Sensor sensor, Map<String, String> tags);
  }
}
