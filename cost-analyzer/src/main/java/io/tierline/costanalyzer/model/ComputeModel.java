package io.tierline.costanalyzer.model;

/**
 * Broker count and compute cost: enough brokers for the provisioned disk, for the busier direction
 * of network traffic, and for the partition replicas, and never fewer than the replication factor.
 * Inbound, each broker receives the produced bytes and the replication copies (ingress × RF in
 * all); outbound it sends replication, consumer reads and, when tiered, the upload of each segment
 * (ingress × (RF − 1 + groups + 1)).
 */
public final class ComputeModel {

  public ComputeCost cost(
      Workload w, StorageCost storage, Assumptions a, BrokerSizing sizing, BrokerType type) {
    int rf = w.replicationFactor();
    double byDisk = storage.provisionedBytes() / (double) sizing.maxDiskBytesPerBroker();
    double in = w.ingressBytesPerSecond() * rf;
    double out =
        w.ingressBytesPerSecond()
            * (rf - 1 + w.consumerGroups() + (w.remoteStorageEnabled() ? 1 : 0));
    double perBroker = type.networkGbps() * 1e9 / 8 * sizing.networkUtilization();
    double byNetwork = Math.max(in, out) / perBroker;
    double byPartitions = (double) w.partitions() * rf / sizing.maxPartitionReplicasPerBroker();
    String boundBy = "replicationFactor";
    double needed = rf;
    if (byDisk > needed) {
      needed = byDisk;
      boundBy = "disk";
    }
    if (byNetwork > needed) {
      needed = byNetwork;
      boundBy = "network";
    }
    if (byPartitions > needed) {
      needed = byPartitions;
      boundBy = "partitions";
    }
    int brokers = (int) Math.ceil(needed - 1e-9);
    return new ComputeCost(
        type.name(), brokers, boundBy, brokers * type.pricePerHour() * a.hoursPerMonth());
  }
}
