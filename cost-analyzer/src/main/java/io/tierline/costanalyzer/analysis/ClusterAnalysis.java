package io.tierline.costanalyzer.analysis;

import io.tierline.costanalyzer.measure.ClusterMeasurement;
import io.tierline.costanalyzer.model.Assumptions;
import io.tierline.costanalyzer.model.CostBreakdown;
import io.tierline.costanalyzer.model.Prices;
import java.util.List;

/**
 * A cluster's analysis: a row per topic (cost and recommendations), in snapshot order, and what the
 * costs rest on. Money stays {@code double} here; the API and the reports round it once.
 *
 * @param prices the prices applied, object storage at the cluster's blended volume rate
 * @param compute the brokers' cost and each topic's share, or why they are not priced
 * @param measurement what was measured of the cluster's remote storage; {@link
 *     ClusterMeasurement#NONE} when nothing is configured to measure it
 */
public record ClusterAnalysis(
    String cluster,
    String priceCatalog,
    String diskType,
    String objectStorageClass,
    String currency,
    Assumptions assumptions,
    Prices prices,
    List<TopicAnalysis> topics,
    BrokerCompute compute,
    ClusterMeasurement measurement) {

  public ClusterAnalysis {
    topics = List.copyOf(topics);
  }

  /** An analysis from the model alone. */
  public ClusterAnalysis(
      String cluster,
      String priceCatalog,
      String diskType,
      String objectStorageClass,
      String currency,
      Assumptions assumptions,
      Prices prices,
      List<TopicAnalysis> topics,
      BrokerCompute compute) {
    this(
        cluster,
        priceCatalog,
        diskType,
        objectStorageClass,
        currency,
        assumptions,
        prices,
        topics,
        compute,
        ClusterMeasurement.NONE);
  }

  /**
   * The same analysis with what was measured beside each topic's model figures, and its requests
   * priced from the measured counts where the plugin's counters were read.
   */
  public ClusterAnalysis withMeasurement(ClusterMeasurement m) {
    return new ClusterAnalysis(
        cluster,
        priceCatalog,
        diskType,
        objectStorageClass,
        currency,
        assumptions,
        prices,
        MeasuredCosts.apply(topics, m, assumptions, prices),
        compute,
        m);
  }

  public CostBreakdown total() {
    CostBreakdown sum = CostBreakdown.ZERO;
    for (TopicAnalysis t : topics) {
      sum = sum.plus(t.cost());
    }
    return sum;
  }

  public double totalMonthlySavings() {
    return topics.stream().mapToDouble(TopicAnalysis::monthlySavings).sum();
  }
}
