package io.tierline.costanalyzer.model;

import java.util.List;

/**
 * A cluster's brokers, what they cost per month, and each topic's share of them.
 *
 * @param instanceType the brokers' machine, as the price catalog names it
 * @param pricePerHour one broker's price per hour
 * @param brokers how many brokers the cluster runs
 * @param boundBy what sets the count: {@code cluster} when the cluster's brokers are known,
 *     otherwise what the sizing was bound by ({@code disk}, {@code network}, {@code partitions} or
 *     {@code replicationFactor})
 * @param brokerHours broker-hours in a month: brokers × hours per month
 * @param shares each topic's share of the brokers, in the order of the workloads given; they add up
 *     to 1
 */
public record ClusterCompute(
    String instanceType,
    double pricePerHour,
    int brokers,
    String boundBy,
    double brokerHours,
    List<Double> shares) {

  /** The count came from the cluster itself, not from sizing. */
  public static final String FROM_CLUSTER = "cluster";

  public ClusterCompute {
    Checks.required("instanceType", instanceType);
    Checks.notNegative("pricePerHour", pricePerHour);
    Checks.positive("brokers", brokers);
    Checks.notNegative("brokerHours", brokerHours);
    shares = List.copyOf(shares);
  }

  public double monthlyCost() {
    return brokerHours * pricePerHour;
  }
}
