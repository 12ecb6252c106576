package io.tierline.costanalyzer.recommend;

import io.tierline.costanalyzer.model.CostBreakdown;
import java.util.List;
import java.util.Optional;

/**
 * Let consumers fetch from a replica in their own zone (KIP-392) where their cross-zone traffic
 * costs more than the configured threshold. Needs racks on the brokers; it is a broker and client
 * change, not a topic change.
 */
final class FollowerFetchingRule implements RecommendationRule {

  static final String NAME = "follower-fetching";
  static final String SELECTOR = "org.apache.kafka.common.replica.RackAwareReplicaSelector";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Proposal> evaluate(TopicScenario s, RuleContext ctx) {
    if (s.assumptions().followerFetching() || ctx.rackCount() < 2) {
      return Optional.empty();
    }
    CostBreakdown cost = ctx.cost(s);
    double consumerShare =
        share(cost.network().consumerBytesPerMonth(), cost.network().crossAzBytesPerMonth());
    double consumerCost = cost.network().monthlyCost() * consumerShare;
    if (consumerCost < ctx.settings().followerFetchingMinMonthlyCost()) {
      return Optional.empty();
    }
    TopicScenario after = s.withAssumptions(s.assumptions().withFollowerFetching(true));
    return Optional.of(
        new Proposal(
            List.of(
                new ConfigChange(
                    ConfigChange.BROKER, "replica.selector.class", "(unset)", SELECTOR),
                new ConfigChange(
                    ConfigChange.CLIENT, "client.rack", "(unset)", "(the consumer's zone)")),
            after,
            List.of(
                "Consumers on followers see new records slightly later (the follower learns the"
                    + " high watermark one fetch behind)",
                "Every broker needs broker.rack set to its zone, and every consumer client.rack"),
            List.of(
                "consumer cross-zone traffic: "
                    + Quantities.bytes(cost.network().consumerBytesPerMonth())
                    + " per month, "
                    + Quantities.money(consumerCost)
                    + " per month",
                s.topic().consumerGroups().size()
                    + " consumer group(s), brokers in "
                    + ctx.rackCount()
                    + " racks")));
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
