package io.tierline.costanalyzer.model;

import java.util.ArrayList;
import java.util.List;

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
    Load load = Load.of(w, storage);
    Count count = size(load, w.replicationFactor(), sizing, type);
    return new ComputeCost(
        type.name(),
        count.brokers(),
        count.boundBy(),
        count.brokers() * type.pricePerHour() * a.hoursPerMonth());
  }

  /**
   * A cluster's brokers and each topic's share of them. The count is the cluster's own when it is
   * known ({@code knownBrokers} &gt; 0), otherwise sized as for one workload from the topics'
   * traffic, disk and partition replicas together. A topic's share is the average of its shares of
   * broker traffic (in and out), provisioned disk and partition replicas, over those the cluster
   * has any of: brokers are bought for all three.
   *
   * @param workloads the topics, in the order the shares come back
   * @param storage each topic's storage, in the same order
   */
  public ClusterCompute clusterCost(
      List<Workload> workloads,
      List<StorageCost> storage,
      int knownBrokers,
      Assumptions a,
      BrokerSizing sizing,
      BrokerType type) {
    if (workloads.size() != storage.size()) {
      throw new IllegalArgumentException(
          "storage: one per workload, was " + storage.size() + " for " + workloads.size());
    }
    List<Load> loads = new ArrayList<>(workloads.size());
    Load total = new Load(0, 0, 0, 0);
    int maxRf = 1;
    for (int i = 0; i < workloads.size(); i++) {
      Load load = Load.of(workloads.get(i), storage.get(i));
      loads.add(load);
      total = total.plus(load);
      maxRf = Math.max(maxRf, workloads.get(i).replicationFactor());
    }
    Count count =
        knownBrokers > 0
            ? new Count(knownBrokers, ClusterCompute.FROM_CLUSTER)
            : size(total, maxRf, sizing, type);
    return new ClusterCompute(
        type.name(),
        type.pricePerHour(),
        count.brokers(),
        count.boundBy(),
        count.brokers() * a.hoursPerMonth(),
        shares(loads, total));
  }

  private static List<Double> shares(List<Load> loads, Load total) {
    List<Double> shares = new ArrayList<>(loads.size());
    for (Load load : loads) {
      double sum = 0;
      int parts = 0;
      for (int r = 0; r < Load.RESOURCES; r++) {
        if (total.resource(r) > 0) {
          sum += load.resource(r) / total.resource(r);
          parts++;
        }
      }
      shares.add(parts == 0 ? 1.0 / loads.size() : sum / parts);
    }
    return shares;
  }

  /** What brokers carry for a workload: bytes in and out per second, disk, partition replicas. */
  private record Load(double in, double out, double diskBytes, double replicas) {
    static final int RESOURCES = 3;

    static Load of(Workload w, StorageCost storage) {
      int rf = w.replicationFactor();
      return new Load(
          w.ingressBytesPerSecond() * rf,
          w.ingressBytesPerSecond()
              * (rf - 1 + w.consumerGroups() + (w.remoteStorageEnabled() ? 1 : 0)),
          storage.provisionedBytes(),
          (double) w.partitions() * rf);
    }

    Load plus(Load o) {
      return new Load(in + o.in, out + o.out, diskBytes + o.diskBytes, replicas + o.replicas);
    }

    /** 0: traffic in and out, 1: disk, 2: partition replicas. */
    double resource(int r) {
      return switch (r) {
        case 0 -> in + out;
        case 1 -> diskBytes;
        default -> replicas;
      };
    }
  }

  private record Count(int brokers, String boundBy) {}

  private static Count size(Load load, int rf, BrokerSizing sizing, BrokerType type) {
    double byDisk = load.diskBytes() / sizing.maxDiskBytesPerBroker();
    double perBroker = type.networkGbps() * 1e9 / 8 * sizing.networkUtilization();
    double byNetwork = Math.max(load.in(), load.out()) / perBroker;
    double byPartitions = load.replicas() / sizing.maxPartitionReplicasPerBroker();
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
    return new Count((int) Math.ceil(needed - 1e-9), boundBy);
  }
}
