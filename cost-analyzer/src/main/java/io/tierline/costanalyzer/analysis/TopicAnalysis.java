package io.tierline.costanalyzer.analysis;

import io.tierline.costanalyzer.inventory.TopicSnapshot;
import io.tierline.costanalyzer.model.CostBreakdown;
import io.tierline.costanalyzer.recommend.Recommendation;
import java.util.List;

/**
 * One topic's analysis: its team, its monthly cost as configured now, and the recommendations for
 * it.
 */
public record TopicAnalysis(
    TopicSnapshot topic, String team, CostBreakdown cost, List<Recommendation> recommendations) {
  public TopicAnalysis {
    recommendations = List.copyOf(recommendations);
  }

  public double monthlySavings() {
    return recommendations.stream().mapToDouble(Recommendation::monthlySavings).sum();
  }
}
