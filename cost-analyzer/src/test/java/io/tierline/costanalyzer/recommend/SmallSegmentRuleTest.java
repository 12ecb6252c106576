package io.tierline.costanalyzer.recommend;

import static io.tierline.costanalyzer.recommend.TopicScenarios.GIB;
import static io.tierline.costanalyzer.recommend.TopicScenarios.MIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SmallSegmentRuleTest {

  private final SmallSegmentRule rule = new SmallSegmentRule();

  @Test
  void evaluate_tieredSmallSegments_proposesTheTargetSizeAndCutsPuts() {
    TopicScenario s = TopicScenarios.tieredSmallSegments();

    Proposal p = rule.evaluate(s, TopicScenarios.context()).orElseThrow();

    assertThat(p.changes())
        .containsExactly(
            ConfigChange.topic("segment.bytes", Long.toString(16 * MIB), Long.toString(GIB)));
    RuleContext ctx = TopicScenarios.context();
    // 16 MiB: 2 parts + initiate, complete, index, manifest = 6 PUTs per 16 MiB; 1 GiB: 132 PUTs
    // per GiB.
    long before = ctx.cost(s).requests().putsPerMonth();
    assertThat((double) ctx.cost(p.after()).requests().putsPerMonth())
        .isCloseTo(before * 132.0 / 384, within(before * 0.01));
  }

  @Test
  void evaluate_retentionBytesSmallerThanTarget_capsAtIt() {
    TopicScenario s =
        TopicScenarios.tieredSmallSegments().with("retention.bytes", Long.toString(512 * MIB));

    Proposal p = rule.evaluate(s, TopicScenarios.context()).orElseThrow();

    assertThat(p.after().config().segmentBytes()).isEqualTo(512 * MIB);
  }

  @Test
  void evaluate_untieredOrLargeSegments_proposesNothing() {
    assertThat(
            rule.evaluate(
                TopicScenarios.tieredSmallSegments().with("remote.storage.enable", "false"),
                TopicScenarios.context()))
        .isEmpty();
    assertThat(
            rule.evaluate(
                TopicScenarios.tieredSmallSegments().with("segment.bytes", Long.toString(GIB)),
                TopicScenarios.context()))
        .isEmpty();
  }
}
