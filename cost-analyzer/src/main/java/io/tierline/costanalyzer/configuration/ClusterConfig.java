package io.tierline.costanalyzer.configuration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tierline.settingsdocs.Setting;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.TreeMap;

/**
 * One cluster the service knows: either live ({@code bootstrapServers} plus Kafka client
 * properties, SSL and SASL included) or a snapshot file; optionally, where to measure what its
 * tiering plugin stores and requests. Client properties and bucket keys may hold secrets: {@link
 * #toString()} and {@link #maskedKafkaProperties()} never show their values.
 */
public class ClusterConfig {

  @Setting(
      value = "the cluster's name in URLs: letters, digits, `.`, `_`, `-`",
      defaultText = "(required)")
  @NotNull
  @Pattern(
      regexp = "[A-Za-z0-9._-]{1,100}",
      message = "must be 1 to 100 letters, digits, '.', '_' or '-'")
  private String name;

  @Setting("a snapshot file to serve (set this or `bootstrapServers`)")
  private String snapshot;

  @Setting("a live cluster's brokers (set this or `snapshot`)")
  private String bootstrapServers;

  @Setting(
      "Kafka client properties (`security.protocol`, `ssl.*`, `sasl.*`); secrets are masked"
          + " everywhere")
  @NotNull
  private Map<String, String> kafka = Map.of();

  @Setting("the cluster's catalog; else the snapshot's, else `defaultPriceCatalog`")
  private String priceCatalog;

  @Setting("the brokers' disk type in that catalog; else the catalog's default")
  private String diskType;

  @Setting(
      "the brokers' instance type in that catalog, which prices them; else the snapshot's; without"
          + " one, reports say compute is not priced")
  private String instanceType;

  /** Optional: the bucket to measure remote bytes from. */
  @Valid private RemoteStorageConfig remoteStorage;

  /** Optional: the brokers' JMX, to measure object-storage requests from the plugin's counters. */
  @Valid private PluginMetricsConfig pluginMetrics;

  @JsonProperty
  public String getName() {
    return name;
  }

  @JsonProperty
  public void setName(String name) {
    this.name = name;
  }

  /** The snapshot file (YAML or JSON), for a cluster that is not read live. */
  @JsonProperty
  public String getSnapshot() {
    return snapshot;
  }

  @JsonProperty
  public void setSnapshot(String snapshot) {
    this.snapshot = snapshot;
  }

  @JsonProperty
  public String getBootstrapServers() {
    return bootstrapServers;
  }

  @JsonProperty
  public void setBootstrapServers(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** Kafka Admin client properties ({@code security.protocol}, {@code ssl.*}, {@code sasl.*}). */
  @JsonProperty
  public Map<String, String> getKafka() {
    return kafka;
  }

  @JsonProperty
  public void setKafka(Map<String, String> kafka) {
    this.kafka = kafka == null ? Map.of() : Map.copyOf(kafka);
  }

  @JsonProperty
  public String getPriceCatalog() {
    return priceCatalog;
  }

  @JsonProperty
  public void setPriceCatalog(String priceCatalog) {
    this.priceCatalog = priceCatalog;
  }

  @JsonProperty
  public String getDiskType() {
    return diskType;
  }

  @JsonProperty
  public void setDiskType(String diskType) {
    this.diskType = diskType;
  }

  @JsonProperty
  public String getInstanceType() {
    return instanceType;
  }

  @JsonProperty
  public void setInstanceType(String instanceType) {
    this.instanceType = instanceType;
  }

  @JsonProperty
  public RemoteStorageConfig getRemoteStorage() {
    return remoteStorage;
  }

  @JsonProperty
  public void setRemoteStorage(RemoteStorageConfig remoteStorage) {
    this.remoteStorage = remoteStorage;
  }

  @JsonProperty
  public PluginMetricsConfig getPluginMetrics() {
    return pluginMetrics;
  }

  @JsonProperty
  public void setPluginMetrics(PluginMetricsConfig pluginMetrics) {
    this.pluginMetrics = pluginMetrics;
  }

  @JsonIgnore
  public boolean isLive() {
    return bootstrapServers != null;
  }

  @JsonIgnore
  @AssertTrue(message = "set exactly one of snapshot and bootstrapServers")
  public boolean isOneSource() {
    return (snapshot == null || snapshot.isBlank())
        != (bootstrapServers == null || bootstrapServers.isBlank());
  }

  /** The client properties with every secret's value replaced, safe for logs and answers. */
  @JsonIgnore
  public Map<String, String> maskedKafkaProperties() {
    Map<String, String> masked = new TreeMap<>();
    kafka.forEach((k, v) -> masked.put(k, Secrets.isSecret(k) ? Secrets.MASK : v));
    return masked;
  }

  @Override
  public String toString() {
    return "ClusterConfig{name="
        + name
        + ", "
        + (isLive()
            ? "bootstrapServers=" + bootstrapServers + ", kafka=" + maskedKafkaProperties()
            : "snapshot=" + snapshot)
        + (remoteStorage == null ? "" : ", remoteStorage=" + remoteStorage)
        + (pluginMetrics == null ? "" : ", pluginMetrics=" + pluginMetrics)
        + "}";
  }
}
