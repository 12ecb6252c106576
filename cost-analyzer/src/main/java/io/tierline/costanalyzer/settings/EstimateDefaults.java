package io.tierline.costanalyzer.settings;

import io.tierline.costanalyzer.model.Assumptions;
import io.tierline.costanalyzer.model.BrokerSizing;

/**
 * What an estimate assumes for each field the request leaves out. The values of {@link #standard()} are
 * Kafka's topic defaults and the model's documented assumptions; the service's YAML may replace them.
 *
 * @param priceCatalog catalog used when the request names none
 * @param partitions partitions of the workload
 * @param retentionBytes Kafka's {@code retention.bytes}, −1 for unlimited
 * @param segmentBytes Kafka's {@code segment.bytes}
 * @param segmentMs Kafka's {@code segment.ms}
 * @param consumerGroups consumer groups reading the workload
 * @param remoteStorageEnabled whether the workload is tiered
 * @param localRetentionMs Kafka's {@code local.retention.ms}, −2 for "same as retention"
 * @param localRetentionBytes Kafka's {@code local.retention.bytes}, −2 for "same as retention"
 * @param historicalReadFraction share of consumed bytes read from tiered data
 * @param assumptions the model's assumptions
 * @param brokerSizing what one broker may carry, when an estimate sizes brokers
 */
public record EstimateDefaults(
    String priceCatalog,
    int partitions,
    long retentionBytes,
    long segmentBytes,
    long segmentMs,
    int consumerGroups,
    boolean remoteStorageEnabled,
    long localRetentionMs,
    long localRetentionBytes,
    double historicalReadFraction,
    Assumptions assumptions,
    BrokerSizing brokerSizing) {

  public static EstimateDefaults standard() {
    return new EstimateDefaults("aws-us-east-1", 1, -1, 1L << 30, 604_800_000L, 1, false, -2, -2, 0.0,
        Assumptions.defaults(), BrokerSizing.defaults());
  }

  /** The same defaults with another catalog for requests that name none. */
  public EstimateDefaults withPriceCatalog(String catalog) {
    return new EstimateDefaults(catalog, partitions, retentionBytes, segmentBytes, segmentMs, consumerGroups,
        remoteStorageEnabled, localRetentionMs, localRetentionBytes, historicalReadFraction, assumptions, brokerSizing);
  }
}
