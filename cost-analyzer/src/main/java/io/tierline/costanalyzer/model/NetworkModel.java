package io.tierline.costanalyzer.model;

/**
 * Cross-zone bytes per month. Clients and replicas are spread evenly over the zones: a producer not
 * pinned to its zone sends (Z−1)/Z of its bytes across; every follower outside the leader's zone
 * fetches everything; every consumer group reads (Z−1)/Z across, or, with follower fetching, only
 * where its zone has no replica.
 */
final class NetworkModel {

  NetworkCost cost(Workload w, Assumptions a, Prices p) {
    double bytes = w.ingressBytesPerSecond() * a.secondsPerMonth();
    int zones = a.availabilityZones();
    double otherZones = (zones - 1) / (double) zones;
    double producer = a.zoneAwareProducers() ? 0 : bytes * otherZones;
    double replication = bytes * crossZoneFollowers(w.replicationFactor(), zones);
    double consumerShare =
        a.followerFetching()
            ? Math.max(0, zones - w.replicationFactor()) / (double) zones
            : otherZones;
    double consumer = bytes * w.consumerGroups() * consumerShare;
    double cost = (producer + replication + consumer) / a.gigabyteBytes() * p.crossAzPerGb();
    return new NetworkCost(
        Math.round(producer), Math.round(replication), Math.round(consumer), cost);
  }

  /**
   * Followers outside the leader's zone, on average over which replica leads. With the replicas
   * spread as evenly as possible (n_z in zone z), the leader's zone holds Σ n_z² ÷ RF replicas on
   * average, so RF − 1 when RF ≤ zones, and fewer than RF − 1 when zones hold several replicas.
   */
  static double crossZoneFollowers(int replicationFactor, int zones) {
    int perZone = replicationFactor / zones;
    int fuller = replicationFactor % zones;
    double sumOfSquares =
        fuller * Math.pow(perZone + 1, 2) + (zones - fuller) * Math.pow(perZone, 2);
    return replicationFactor - sumOfSquares / replicationFactor;
  }
}
