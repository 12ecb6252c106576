package io.tierline.costanalyzer.recommend;

import java.util.List;

/**
 * What one rule recommends for one topic: the changes, the monthly savings against the topic as it
 * was before this rule (earlier rules' changes included), what could go wrong, and the measurements
 * behind it.
 */
public record Recommendation(
    String topic,
    String rule,
    List<ConfigChange> changes,
    double monthlySavings,
    List<String> risks,
    List<String> evidence) {

  public Recommendation {
    if (changes == null || changes.isEmpty()) {
      throw new IllegalArgumentException("changes: a recommendation changes at least one key");
    }
    changes = List.copyOf(changes);
    risks = List.copyOf(risks);
    evidence = List.copyOf(evidence);
  }
}
