package io.tierline.costanalyzer.analysis;

import io.tierline.costanalyzer.model.ClusterCompute;
import java.util.Optional;

/**
 * What a cluster's brokers cost, or why the analysis could not price them: a report says which, and
 * never shows an unpriced cost as zero.
 *
 * @param compute the brokers, their monthly cost and each topic's share, when priced
 * @param notPricedReason what is missing, in words, when not priced
 */
public record BrokerCompute(Optional<ClusterCompute> compute, Optional<String> notPricedReason) {

  public BrokerCompute {
    if (compute.isPresent() == notPricedReason.isPresent()) {
      throw new IllegalArgumentException("compute: either priced or with a reason, not both");
    }
  }

  public static BrokerCompute priced(ClusterCompute compute) {
    return new BrokerCompute(Optional.of(compute), Optional.empty());
  }

  public static BrokerCompute notPriced(String reason) {
    return new BrokerCompute(Optional.empty(), Optional.of(reason));
  }

  /** The monthly cost, zero when not priced. */
  public double monthlyCost() {
    return compute.map(ClusterCompute::monthlyCost).orElse(0.0);
  }
}
