package io.tierline.costanalyzer.measure;

import io.tierline.costanalyzer.configuration.ClusterConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures one cluster's remote storage from what is configured for it: its bucket, its brokers'
 * JMX, or both. A failure to measure never fails the analysis: the figures are then missing, with
 * the reason, and the model's stand alone. Thread-safe.
 */
public final class ClusterMeter implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterMeter.class);

  private final String cluster;
  private final Optional<BucketMeter> bucket;
  private final Optional<PluginMetricsReader> plugin;
  private final ClusterConfig config;
  private final RequestRates rates;

  private ClusterMeter(
      ClusterConfig config, Optional<BucketMeter> bucket, Optional<PluginMetricsReader> plugin) {
    this.cluster = config.getName();
    this.config = config;
    this.bucket = bucket;
    this.plugin = plugin;
    this.rates =
        new RequestRates(
            config.getPluginMetrics() == null
                ? Duration.ZERO
                : config.getPluginMetrics().getRateWindow().toJavaDuration());
  }

  /**
   * A meter of the cluster, or empty when neither {@code remoteStorage} nor {@code pluginMetrics}
   * is configured for it.
   */
  public static Optional<ClusterMeter> of(ClusterConfig config, Clock clock) {
    if (config.getRemoteStorage() == null && config.getPluginMetrics() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ClusterMeter(
            config,
            Optional.ofNullable(config.getRemoteStorage()).map(c -> BucketMeter.of(c, clock)),
            Optional.ofNullable(config.getPluginMetrics())
                .map(c -> new PluginMetricsReader(c, clock))));
  }

  /** Lists the bucket and reads the counters now; request rates are scaled to this month. */
  public ClusterMeasurement measure(double secondsPerMonth) {
    Optional<ClusterMeasurement.Bucket> listed =
        bucket.map(
            b -> {
              String location = config.getRemoteStorage().location();
              try {
                return new ClusterMeasurement.Bucket(
                    location, Optional.of(b.read()), Optional.empty());
              } catch (RuntimeException e) {
                LOG.warn("Cluster {}: cannot list {}: {}", cluster, location, e.getMessage());
                return new ClusterMeasurement.Bucket(
                    location, Optional.empty(), Optional.of("cannot list: " + e.getMessage()));
              }
            });
    Optional<ClusterMeasurement.Requests> counted =
        plugin.map(
            p -> {
              var endpoints = config.getPluginMetrics().getJmx();
              try {
                PluginReading reading = p.read();
                return new ClusterMeasurement.Requests(
                    endpoints,
                    Optional.of(reading),
                    Optional.of(rates.add(reading, secondsPerMonth)),
                    Optional.empty());
              } catch (RuntimeException e) {
                LOG.warn(
                    "Cluster {}: cannot read the plugin's counters: {}", cluster, e.getMessage());
                return new ClusterMeasurement.Requests(
                    endpoints, Optional.empty(), Optional.empty(), Optional.of(e.getMessage()));
              }
            });
    return new ClusterMeasurement(listed, counted);
  }

  @Override
  public void close() {
    bucket.ifPresent(BucketMeter::close);
  }
}
