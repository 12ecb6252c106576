package io.tierline.reports;

import java.math.BigDecimal;
import java.util.List;

/** A suggested policy change for one topic, what it saves per month, and what could go wrong. */
public record Recommendation(
    String topic, String title, BigDecimal monthlySavings, List<String> risks) {
  public Recommendation {
    Checks.text(topic, "recommendation.topic");
    Checks.text(title, "recommendation.title");
    monthlySavings = Checks.amount(monthlySavings, "recommendation.monthlySavings");
    risks = List.copyOf(Checks.required(risks, "recommendation.risks"));
  }
}
