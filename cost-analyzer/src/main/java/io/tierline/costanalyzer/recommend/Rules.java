package io.tierline.costanalyzer.recommend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The known rules by name, and their default order. */
public final class Rules {

  private static final Map<String, Supplier<RecommendationRule>> KNOWN = new LinkedHashMap<>();

  static {
    KNOWN.put(RetentionBytesPerTopicRule.NAME, RetentionBytesPerTopicRule::new);
    KNOWN.put(EnableTieringRule.NAME, EnableTieringRule::new);
    KNOWN.put(ShortenRetentionRule.NAME, ShortenRetentionRule::new);
    KNOWN.put(SmallSegmentRule.NAME, SmallSegmentRule::new);
    KNOWN.put(InfrequentAccessClassRule.NAME, InfrequentAccessClassRule::new);
    KNOWN.put(FollowerFetchingRule.NAME, FollowerFetchingRule::new);
  }

  /**
   * A mistaken size limit first (it bounds everything else), then tiering, then shorter retention
   * (now of cheaper data, and never below the local retention just chosen), the object layout and
   * storage class of the tiered data, and last the network.
   */
  public static final List<String> DEFAULT_ORDER = List.copyOf(KNOWN.keySet());

  private Rules() {}

  static List<RecommendationRule> inOrder(List<String> names) {
    List<RecommendationRule> out = new ArrayList<>();
    for (String n : names) {
      Supplier<RecommendationRule> rule = KNOWN.get(n);
      if (rule == null) {
        throw new IllegalArgumentException(
            "rules.order: unknown rule \"" + n + "\" (known: " + KNOWN.keySet() + ")");
      }
      out.add(rule.get());
    }
    return out;
  }
}
