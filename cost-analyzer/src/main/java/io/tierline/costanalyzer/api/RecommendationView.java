package io.tierline.costanalyzer.api;

import io.tierline.costanalyzer.recommend.ConfigChange;
import java.math.BigDecimal;
import java.util.List;

/**
 * A recommendation as the REST API lists it, with the id that {@code
 * .../recommendations/{id}/apply} takes: {@code <rule>:<topic>}, stable for as long as the rule
 * still recommends a change to the topic.
 */
public record RecommendationView(
    String id,
    String topic,
    String team,
    String rule,
    List<ConfigChange> changes,
    BigDecimal monthlySavings,
    List<String> risks,
    List<String> evidence) {

  public static String id(String rule, String topic) {
    return rule + ":" + topic;
  }

  public static RecommendationView of(AnalysisResponse.RecommendationJson r) {
    return new RecommendationView(
        id(r.rule(), r.topic()),
        r.topic(),
        r.team(),
        r.rule(),
        r.changes(),
        r.monthlySavings(),
        r.risks(),
        r.evidence());
  }
}
