package io.tierline.costanalyzer.settings;

import io.tierline.costanalyzer.model.Assumptions;
import io.tierline.costanalyzer.model.BrokerSizing;
import io.tierline.settingsdocs.Setting;

/**
 * What an estimate assumes for each field the request leaves out. The values of {@link #standard()}
 * are Kafka's topic defaults and the model's documented assumptions; the service's YAML may replace
 * them.
 *
 * @param assumptions the model's assumptions
 * @param brokerSizing what one broker may carry, when an estimate sizes brokers
 */
public record EstimateDefaults(
    @Setting("catalog priced with when the request names none") String priceCatalog,
    @Setting(
            "partitions of an estimated workload (open segments and `retention.bytes` count per"
                + " partition)")
        int partitions,
    @Setting("`retention.bytes` per partition; −1 unlimited") long retentionBytes,
    @Setting("`segment.bytes`") long segmentBytes,
    @Setting("`segment.ms`: a slow partition's segment rolls by age") long segmentMs,
    @Setting("consumer groups reading the workload") int consumerGroups,
    @Setting("whether the workload is tiered") boolean remoteStorageEnabled,
    @Setting("`local.retention.ms`; −2 same as retention") long localRetentionMs,
    @Setting("`local.retention.bytes`; −2 same as retention") long localRetentionBytes,
    @Setting("share of consumed bytes read from tiered data (snapshot topics may measure it)")
        double historicalReadFraction,
    Assumptions assumptions,
    BrokerSizing brokerSizing) {

  public static EstimateDefaults standard() {
    return new EstimateDefaults(
        "aws-us-east-1",
        1,
        -1,
        1L << 30,
        604_800_000L,
        1,
        false,
        -2,
        -2,
        0.0,
        Assumptions.defaults(),
        BrokerSizing.defaults());
  }

  /** The same defaults with another catalog for requests that name none. */
  public EstimateDefaults withPriceCatalog(String catalog) {
    return new EstimateDefaults(
        catalog,
        partitions,
        retentionBytes,
        segmentBytes,
        segmentMs,
        consumerGroups,
        remoteStorageEnabled,
        localRetentionMs,
        localRetentionBytes,
        historicalReadFraction,
        assumptions,
        brokerSizing);
  }
}
