package io.tierline.costanalyzer.analysis;

import io.tierline.costanalyzer.inventory.TopicSnapshot;
import io.tierline.costanalyzer.measure.TopicMeasurement;
import io.tierline.costanalyzer.model.CostBreakdown;
import io.tierline.costanalyzer.recommend.Recommendation;
import java.util.List;
import java.util.Optional;

/**
 * One topic's analysis: its team, its monthly cost as configured now, and the recommendations for
 * it.
 *
 * @param cost the model's, except the requests' when they are measured
 * @param measured what was measured of the topic's remote storage, with the model's own figures
 */
public record TopicAnalysis(
    TopicSnapshot topic,
    String team,
    CostBreakdown cost,
    List<Recommendation> recommendations,
    Optional<Measured> measured) {

  /**
   * What was measured, beside what the model says.
   *
   * @param modelled the topic's cost as the model gives it, requests included
   * @param requestsMeasured whether {@link TopicAnalysis#cost()} prices the measured requests
   */
  public record Measured(
      TopicMeasurement values, CostBreakdown modelled, boolean requestsMeasured) {}

  public TopicAnalysis {
    recommendations = List.copyOf(recommendations);
  }

  /** A topic whose remote storage is not measured: the model's cost. */
  public TopicAnalysis(
      TopicSnapshot topic, String team, CostBreakdown cost, List<Recommendation> recommendations) {
    this(topic, team, cost, recommendations, Optional.empty());
  }

  public double monthlySavings() {
    return recommendations.stream().mapToDouble(Recommendation::monthlySavings).sum();
  }
}
