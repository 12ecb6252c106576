package io.tierline.costanalyzer.model;

/**
 * How much one broker may carry when the model sizes a cluster: its disk, the share of its network it may use,
 * and its partition replicas.
 *
 * @param maxDiskBytesPerBroker provisioned disk per broker (16 TiB: the largest EBS gp3 volume)
 * @param networkUtilization share of the instance's bandwidth that steady traffic may use (headroom for
 *     catch-up reads and rebalancing)
 * @param maxPartitionReplicasPerBroker partition replicas per broker
 */
public record BrokerSizing(long maxDiskBytesPerBroker, double networkUtilization, int maxPartitionReplicasPerBroker) {

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
