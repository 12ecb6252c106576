package io.tierline.costanalyzer.recommend;

import static io.tierline.costanalyzer.recommend.TopicScenarios.DAY_MS;
import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.costanalyzer.model.CostModel;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InfrequentAccessClassRuleTest {

  private final InfrequentAccessClassRule rule = new InfrequentAccessClassRule();

  @Test
  void evaluate_longRetentionRareReads_movesToTheInfrequentAccessClass() {
    Proposal p =
        rule.evaluate(TopicScenarios.tieredLongRetentionRarelyRead(), TopicScenarios.context())
            .orElseThrow();

    assertThat(p.changes())
        .containsExactly(
            new ConfigChange("storage", "object storage class", "standard", "standard-ia"));
    assertThat(p.after().objectStorageClass()).isEqualTo("standard-ia");
  }

  @Test
  void evaluate_retentionUnder30Days_proposesNothing() {
    TopicScenario s =
        TopicScenarios.tieredLongRetentionRarelyRead()
            .with("retention.ms", Long.toString(20 * DAY_MS));

    assertThat(rule.evaluate(s, TopicScenarios.context())).isEmpty();
  }

  @Test
  void evaluate_oldDataReadOften_proposesNothing() {
    TopicScenario s =
        TopicScenarios.topic(
            "t",
            12,
            1_000_000,
            Map.of("retention.ms", Long.toString(180 * DAY_MS), "remote.storage.enable", "true"),
            java.util.List.of(),
            0.2);

    assertThat(rule.evaluate(s, TopicScenarios.context())).isEmpty();
  }

  @Test
  void evaluate_catalogWithoutInfrequentAccessClass_proposesNothing() {
    RuleContext noIa =
        new RuleContext(
            new CostModel(),
            Map.of("standard", TopicScenarios.standard()),
            Optional.empty(),
            RuleSettings.defaults(),
            3);

    assertThat(rule.evaluate(TopicScenarios.tieredLongRetentionRarelyRead(), noIa)).isEmpty();
  }
}
