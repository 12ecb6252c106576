package io.tierline.costanalyzer.model;

/**
 * Bytes that cross between zones per month, by cause, and their price.
 *
 * @param producerBytesPerMonth producers writing to a leader in another zone
 * @param replicationBytesPerMonth followers in other zones than the leader fetching from it
 * @param consumerBytesPerMonth consumers reading from a broker in another zone
 * @param monthlyCost all of it at the cross-zone price
 */
public record NetworkCost(
    long producerBytesPerMonth,
    long replicationBytesPerMonth,
    long consumerBytesPerMonth,
    double monthlyCost) {

  public NetworkCost {
    Checks.notNegative("producerBytesPerMonth", producerBytesPerMonth);
    Checks.notNegative("replicationBytesPerMonth", replicationBytesPerMonth);
    Checks.notNegative("consumerBytesPerMonth", consumerBytesPerMonth);
    Checks.notNegative("monthlyCost", monthlyCost);
  }

  public static final NetworkCost ZERO = new NetworkCost(0, 0, 0, 0);

  public long crossAzBytesPerMonth() {
    return producerBytesPerMonth + replicationBytesPerMonth + consumerBytesPerMonth;
  }

  public NetworkCost plus(NetworkCost o) {
    return new NetworkCost(
        producerBytesPerMonth + o.producerBytesPerMonth,
        replicationBytesPerMonth + o.replicationBytesPerMonth,
        consumerBytesPerMonth + o.consumerBytesPerMonth,
        monthlyCost + o.monthlyCost);
  }
}
