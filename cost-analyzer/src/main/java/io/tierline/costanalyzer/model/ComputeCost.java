package io.tierline.costanalyzer.model;

/**
 * The brokers a workload needs and what they cost per month.
 *
 * @param boundBy what sets the count: {@code disk}, {@code network}, {@code partitions} or {@code
 *     replicationFactor}
 */
public record ComputeCost(String instanceType, int brokers, String boundBy, double monthlyCost) {
  public ComputeCost {
    Checks.positive("brokers", brokers);
    Checks.notNegative("monthlyCost", monthlyCost);
  }
}
