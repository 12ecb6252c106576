package io.tierline.plugin.metrics;

import io.tierline.offloader.StoreUnavailableException;
import io.tierline.offloader.segment.SegmentCoordinates;
import io.tierline.offloader.segment.SegmentStoreListener;
import io.tierline.offloader.segment.format.SegmentManifest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.metrics.JmxReporter;
import org.apache.kafka.common.metrics.KafkaMetricsContext;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.utils.Time;

/**
 * The plugin's metrics, per topic, in a Kafka {@link Metrics} registry that a {@link JmxReporter}
 * publishes under the JMX domain {@value #JMX_DOMAIN}. The offloader reports what it does through
 * the {@link SegmentStoreListener} callbacks; the plugin adds its own operations at the boundary.
 *
 * <p>Thread-safe; callbacks only record and never throw.
 */
public final class TieringMetrics implements SegmentStoreListener, AutoCloseable {
  public static final String JMX_DOMAIN = "io.tierline.tiering";
  public static final String GROUP = "remote-storage-metrics";

  /** A segment is stored as its log, one object holding its indexes, and its manifest. */
  private static final int OBJECTS_PER_SEGMENT = 3;

  private final Metrics metrics;
  private final TopicSensors sensors;

  private TieringMetrics(Metrics metrics) {
    this.metrics = metrics;
    this.sensors = new TopicSensors(metrics, GROUP);
  }

  /** Metrics published over JMX. */
  public static TieringMetrics withJmx() {
    // A modifiable list: Metrics keeps it, and addReporter adds to it.
    Metrics metrics =
        new Metrics(
            new MetricConfig(),
            new ArrayList<>(List.of(new JmxReporter())),
            Time.SYSTEM,
            new KafkaMetricsContext(JMX_DOMAIN));
    return new TieringMetrics(metrics);
  }

  /** The registry, for tests and embedding. */
  public Metrics registry() {
    return metrics;
  }

  @Override
  public void onRequest(SegmentCoordinates segment, RequestType type, Duration latency) {
    sensors.request(segment.topic(), type.name()).record(latency.toNanos() / 1e6);
  }

  @Override
  public void onError(
      SegmentCoordinates segment, RequestType type, Class<? extends Throwable> error) {
    sensors.error(segment.topic(), type.name(), error.getSimpleName()).record();
  }

  @Override
  public void attemptFailed(String operation, boolean retrying, StoreUnavailableException error) {
    sensors.failedAttempt(operation, retrying).record();
  }

  @Override
  public void onBytesUploaded(SegmentCoordinates segment, long bytes) {
    sensors.bytes(segment.topic(), "bytes-uploaded").record(bytes);
  }

  @Override
  public void onBytesFetched(SegmentCoordinates segment, long bytes) {
    sensors.bytes(segment.topic(), "bytes-fetched").record(bytes);
  }

  @Override
  public void onSegmentUploaded(
      SegmentCoordinates segment, SegmentManifest manifest, Duration took) {
    sensors.operation(segment.topic(), "copy").record(took.toNanos() / 1e6);
    sensors.counter(segment.topic(), "objects-written").record(OBJECTS_PER_SEGMENT);
  }

  @Override
  public void onCacheHit(SegmentCoordinates segment) {
    sensors.counter(segment.topic(), "cache-hits").record();
  }

  @Override
  public void onCacheMiss(SegmentCoordinates segment) {
    sensors.counter(segment.topic(), "cache-misses").record();
  }

  @Override
  public void onReadWait(SegmentCoordinates segment, Duration waited) {
    sensors.counter(segment.topic(), "read-waits").record();
    sensors.counter(segment.topic(), "read-wait-time-ms").record(waited.toNanos() / 1e6);
  }

  @Override
  public void onPrefetchRefused(SegmentCoordinates segment) {
    sensors.counter(segment.topic(), "prefetches-refused").record();
  }

  /** A broker call ({@code fetch}, {@code fetch-index}, {@code delete}) finished. */
  public void onOperation(String topic, String operation, long startNanos) {
    sensors.operation(topic, operation).record((System.nanoTime() - startNanos) / 1e6);
  }

  /** A broker call failed with {@code error}, the exception the broker received. */
  public void onOperationError(String topic, String operation, Throwable error) {
    sensors.error(topic, operation, error.getClass().getSimpleName()).record();
  }

  @Override
  public void close() {
    metrics.close();
  }
}
