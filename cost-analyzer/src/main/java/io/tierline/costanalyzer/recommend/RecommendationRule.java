package io.tierline.costanalyzer.recommend;

import java.util.Optional;

/**
 * One analysis of a topic that may propose configuration changes. Rules run in the configured
 * order, each on the topic as the earlier rules left it. A rule must respect Kafka's rules: tiering
 * only where {@code cleanup.policy} is exactly {@code delete}, local retention never above
 * retention, {@code retention.bytes} is per partition, {@code segment.bytes} at least 1 MiB. The
 * recommender prices the proposal and checks those rules again before it keeps it.
 */
public interface RecommendationRule {

  /** The rule's name, as used in the configured order and in the output. */
  String name();

  /** The proposal for this topic, or empty when the rule does not apply. */
  Optional<Proposal> evaluate(TopicScenario topic, RuleContext context);
}
