package io.tierline.costanalyzer.recommend;

import io.tierline.costanalyzer.model.CostBreakdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the rules in their configured order over a topic. Each rule sees the topic as the earlier
 * rules left it, so savings add up without counting twice. A proposal is kept when it obeys Kafka's
 * rules and saves at least the configured minimum per month.
 */
public final class Recommender {

  private final List<RecommendationRule> rules;

  public Recommender(List<RecommendationRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The recommender with the rules of {@code settings.order()}. */
  public static Recommender of(RuleSettings settings) {
    return new Recommender(Rules.inOrder(settings.order()));
  }

  public List<Recommendation> recommend(TopicScenario start, RuleContext context) {
    List<Recommendation> out = new ArrayList<>();
    TopicScenario current = start;
    CostBreakdown currentCost = context.cost(current);
    for (RecommendationRule rule : rules) {
      Optional<Proposal> proposal = rule.evaluate(current, context);
      if (proposal.isEmpty() || KafkaRules.violation(proposal.get().after().config()).isPresent()) {
        continue;
      }
      CostBreakdown after = context.cost(proposal.get().after());
      double savings = currentCost.totalMonthlyCost() - after.totalMonthlyCost();
      if (savings < context.settings().minMonthlySavings()) {
        continue;
      }
      Proposal p = proposal.get();
      out.add(
          new Recommendation(
              start.topic().name(), rule.name(), p.changes(), savings, p.risks(), p.evidence()));
      current = p.after();
      currentCost = after;
    }
    return out;
  }
}
