package io.tierline.costanalyzer.model;

import io.tierline.settingsdocs.Setting;

/**
 * How much one broker may carry when the model sizes a cluster: its disk, the share of its network
 * it may use, and its partition replicas.
 */
public record BrokerSizing(
    @Setting("provisioned disk per broker when sizing brokers (the largest EBS gp3 volume)")
        long maxDiskBytesPerBroker,
    @Setting("share of an instance's bandwidth steady traffic may use") double networkUtilization,
    @Setting("partition replicas per broker") int maxPartitionReplicasPerBroker) {

  public BrokerSizing {
    Checks.positive("maxDiskBytesPerBroker", maxDiskBytesPerBroker);
    Checks.fraction("networkUtilization", networkUtilization, true);
    Checks.positive("networkUtilization", networkUtilization);
    Checks.positive("maxPartitionReplicasPerBroker", maxPartitionReplicasPerBroker);
  }

  public static BrokerSizing defaults() {
    return new BrokerSizing(16L << 40, 0.5, 4000);
  }
}
