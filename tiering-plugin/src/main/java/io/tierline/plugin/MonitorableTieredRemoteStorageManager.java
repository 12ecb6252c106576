package io.tierline.plugin;

import io.tierline.plugin.metrics.PluginMetricsMirror;
import io.tierline.plugin.metrics.TieringMetrics;
import java.util.Map;
import org.apache.kafka.common.metrics.Monitorable;
import org.apache.kafka.common.metrics.PluginMetrics;

/**
 * {@link TieredRemoteStorageManager} for Kafka 4.1 and later brokers that load the plugin from
 * their own class path: its metrics also appear in the broker's registry as plugin metrics
 * (KIP-877), tagged with the topic as Kafka's own remote-storage metrics are, besides the plugin's
 * own JMX registry.
 *
 * <p>A broker hands plugin metrics only to an instance it holds itself. With {@code
 * remote.log.storage.manager.class.path} set, it holds a class-loader wrapper that is not {@link
 * Monitorable}, and never calls {@link #withPluginMetrics}: this class then behaves exactly as its
 * parent. {@link Monitorable} does not exist on 4.0 brokers, so there this class does not load;
 * name {@link TieredRemoteStorageManager} instead.
 */
public class MonitorableTieredRemoteStorageManager extends TieredRemoteStorageManager
    implements Monitorable {
  private PluginMetrics pluginMetrics;
  private TieringMetrics mirrored;

  /** Configures as the parent does, and mirrors the metrics if plugin metrics were given first. */
  @Override
  public void configure(Map<String, ?> configs) {
    super.configure(configs);
    mirror();
  }

  /** Kafka calls this once, after {@link #configure}. */
  @Override
  public void withPluginMetrics(PluginMetrics metrics) {
    synchronized (this) {
      pluginMetrics = metrics;
    }
    mirror();
  }

  private synchronized void mirror() {
    TieringMetrics own = metrics();
    if (pluginMetrics != null && own != null && own != mirrored) {
      PluginMetricsMirror.attach(own, pluginMetrics);
      mirrored = own;
    }
  }
}
