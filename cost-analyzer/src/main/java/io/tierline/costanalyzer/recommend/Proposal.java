package io.tierline.costanalyzer.recommend;

import java.util.List;

/**
 * A rule's answer before it is priced: the changes, the topic as it would be after them, risks and
 * evidence.
 */
public record Proposal(
    List<ConfigChange> changes, TopicScenario after, List<String> risks, List<String> evidence) {

  public Proposal {
    changes = List.copyOf(changes);
    risks = List.copyOf(risks);
    evidence = List.copyOf(evidence);
  }
}
