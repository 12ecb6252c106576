package io.tierline.costanalyzer.inventory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A cluster as measured at one time: what {@code analyze} reads from a snapshot file, and what the
 * service will read from a live cluster. See the README for the file format.
 *
 * @param priceCatalog catalog to price the cluster with; the analysis default when absent
 * @param diskType the brokers' disk type in that catalog; the catalog's default when absent
 * @param instanceType the brokers' machine in that catalog, which prices them; unpriced when absent
 * @param teams ordered rules that give each topic its team
 */
public record ClusterSnapshot(
    String cluster,
    String priceCatalog,
    String diskType,
    String instanceType,
    List<BrokerInfo> brokers,
    List<TeamRule> teams,
    List<TopicSnapshot> topics) {

  /** A snapshot that names no instance type, as a live read gives it. */
  public ClusterSnapshot(
      String cluster,
      String priceCatalog,
      String diskType,
      List<BrokerInfo> brokers,
      List<TeamRule> teams,
      List<TopicSnapshot> topics) {
    this(cluster, priceCatalog, diskType, null, brokers, teams, topics);
  }

  public ClusterSnapshot {
    if (cluster == null || cluster.isBlank()) {
      throw new IllegalArgumentException("cluster: is required (the cluster's name)");
    }
    brokers = brokers == null ? List.of() : List.copyOf(brokers);
    teams = teams == null ? List.of() : List.copyOf(teams);
    if (topics == null) {
      throw new IllegalArgumentException("topics: is required (a list, may be empty)");
    }
    topics = List.copyOf(topics);
    Set<String> names = new HashSet<>();
    for (TopicSnapshot t : topics) {
      if (!names.add(t.name())) {
        throw new IllegalArgumentException("topics: topic \"" + t.name() + "\" appears twice");
      }
    }
  }

  /** Distinct racks of the brokers; 0 when the brokers carry no rack. */
  public int rackCount() {
    Set<String> racks = new HashSet<>();
    for (BrokerInfo b : brokers) {
      if (b.rack() != null && !b.rack().isBlank()) {
        racks.add(b.rack());
      }
    }
    return racks.size();
  }
}
