package io.tierline.costanalyzer.inventory;

/**
 * A broker of the cluster and its rack ({@code broker.rack}), which is its zone in the cloud; rack
 * may be absent.
 */
public record BrokerInfo(Integer id, String rack) {
  public BrokerInfo {
    if (id == null || id < 0) {
      throw new IllegalArgumentException("id: must be a broker id >= 0, was " + id);
    }
  }
}
