package io.tierline.costanalyzer.inventory.live;

import io.tierline.costanalyzer.configuration.ClusterConfig;
import io.tierline.costanalyzer.errors.NotFoundException;
import io.tierline.costanalyzer.errors.RefusedException;
import io.tierline.costanalyzer.inventory.ClusterSnapshot;
import io.tierline.costanalyzer.inventory.ClusterSource;
import io.tierline.costanalyzer.inventory.SupportsConfigChanges;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.AlterConfigsOptions;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * A cluster read live through the Admin client (and one consumer for the age of unconsumed
 * records). {@link #read()} scans every topic: callers cache it. Secrets in the client properties
 * go to the Kafka clients only; this class never logs or prints them.
 */
public final class LiveClusterSource implements ClusterSource, SupportsConfigChanges {

  private final String name;
  private final Properties properties;
  private final Admin admin;
  private final Duration samplingWindow;
  private final Clock clock;

  public LiveClusterSource(ClusterConfig config, Duration samplingWindow, Clock clock) {
    this.name = config.getName();
    this.properties = new Properties();
    properties.putAll(config.getKafka());
    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.getBootstrapServers());
    properties.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "tierline-cost-analyzer-" + name);
    properties.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
    // Unreachable brokers: the client's defaults retry within milliseconds, and with rebootstrap
    // (the default since Kafka 4.0) the Admin client logs a line each time, thousands a second.
    // A cost service reads a cluster once per cacheTtl: seconds between attempts lose nothing,
    // and the bootstrap servers it is configured with are the ones to come back to.
    properties.putIfAbsent(AdminClientConfig.METADATA_RECOVERY_STRATEGY_CONFIG, "none");
    properties.putIfAbsent(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, "1000");
    properties.putIfAbsent(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "10000");
    properties.putIfAbsent(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, "1000");
    properties.putIfAbsent(AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, "10000");
    this.admin = Admin.create(properties);
    this.samplingWindow = samplingWindow;
    this.clock = clock;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean live() {
    return true;
  }

  @Override
  public ClusterSnapshot read() {
    return Kafka.call(
        name, () -> new LiveInventory(admin, properties, samplingWindow, clock).read(name));
  }

  @Override
  public boolean reachable() {
    try {
      admin.describeCluster().clusterId().get(5, TimeUnit.SECONDS);
      return true;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return false;
    }
  }

  @Override
  public Map<String, String> topicConfigs(String topic, Set<String> keys) {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    Config config;
    try {
      config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        throw new NotFoundException("topic: unknown topic \"" + topic + "\" in cluster " + name);
      }
      throw Kafka.unavailable(name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Kafka.unavailable(name, e);
    }
    Map<String, String> out = new TreeMap<>();
    for (String k : keys) {
      ConfigEntry e = config.get(k);
      if (e != null && e.value() != null) {
        out.put(k, e.value());
      }
    }
    return out;
  }

  @Override
  public void alterTopicConfigs(String topic, Map<String, String> values, boolean validateOnly) {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    List<AlterConfigOp> ops = new ArrayList<>();
    values.forEach(
        (k, v) -> ops.add(new AlterConfigOp(new ConfigEntry(k, v), AlterConfigOp.OpType.SET)));
    try {
      admin
          .incrementalAlterConfigs(
              Map.of(resource, ops), new AlterConfigsOptions().validateOnly(validateOnly))
          .all()
          .get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ApiException api) {
        throw new RefusedException(
            "cluster " + name + " refused the change to topic " + topic + ": " + api.getMessage(),
            api);
      }
      throw Kafka.unavailable(name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Kafka.unavailable(name, e);
    }
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
