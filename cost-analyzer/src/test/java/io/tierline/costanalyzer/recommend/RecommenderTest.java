package io.tierline.costanalyzer.recommend;

import static io.tierline.costanalyzer.recommend.TopicScenarios.DAY_MS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecommenderTest {

  private final Recommender all = Recommender.of(RuleSettings.defaults());

  @Test
  void recommend_rulesInOrder_savingsAddUpToTheWholeChange() {
    TopicScenario start =
        TopicScenarios.busyDeleteTopic().with("retention.ms", Long.toString(30 * DAY_MS));
    RuleContext ctx = TopicScenarios.context();

    List<Recommendation> recs = all.recommend(start, ctx);

    assertThat(recs)
        .extracting(Recommendation::rule)
        .containsExactly("enable-tiered-storage", "shorten-retention", "follower-fetching");
    TopicScenario end = start;
    for (Recommendation r : recs) {
      for (ConfigChange c : r.changes()) {
        end =
            switch (c.scope()) {
              case ConfigChange.TOPIC -> end.with(c.key(), c.to());
              case ConfigChange.BROKER ->
                  end.withAssumptions(end.assumptions().withFollowerFetching(true));
              default -> end;
            };
      }
    }
    double whole = ctx.cost(start).totalMonthlyCost() - ctx.cost(end).totalMonthlyCost();
    assertThat(recs.stream().mapToDouble(Recommendation::monthlySavings).sum())
        .isCloseTo(whole, within(1e-6));
  }

  @Test
  void recommend_compactedTopic_neverGetsTiering() {
    for (String policy : List.of("compact", "compact,delete")) {
      assertThat(all.recommend(TopicScenarios.withPolicy(policy), TopicScenarios.context()))
          .flatExtracting(Recommendation::changes)
          .noneMatch(c -> c.key().equals("remote.storage.enable"));
    }
  }

  @Test
  void recommend_proposalBreakingKafkasRules_isDropped() {
    RecommendationRule reckless =
        new RecommendationRule() {
          @Override
          public String name() {
            return "reckless";
          }

          @Override
          public Optional<Proposal> evaluate(TopicScenario s, RuleContext ctx) {
            TopicScenario after =
                s.with("remote.storage.enable", "true")
                    .with("local.retention.ms", Long.toString(30 * DAY_MS));
            return Optional.of(
                new Proposal(
                    List.of(s.change("local.retention.ms", Long.toString(30 * DAY_MS))),
                    after,
                    List.of(),
                    List.of()));
          }
        };

    assertThat(
            new Recommender(List.of(reckless))
                .recommend(TopicScenarios.busyDeleteTopic(), TopicScenarios.context()))
        .isEmpty();
  }

  @Test
  void recommend_savingsBelowTheMinimum_areDropped() {
    RuleSettings d = RuleSettings.defaults();
    RuleSettings strict =
        new RuleSettings(
            d.order(),
            d.lagSafetyFactor(),
            d.minRetentionMs(),
            d.maxRetentionFraction(),
            d.deliberateRetentionMs(),
            d.followerFetchingMinMonthlyCost(),
            d.smallSegmentBytes(),
            d.targetSegmentBytes(),
            d.infrequentAccessMinRetentionMs(),
            d.infrequentAccessMaxReadFraction(),
            1_000_000);

    assertThat(
            Recommender.of(strict)
                .recommend(TopicScenarios.busyDeleteTopic(), TopicScenarios.context(strict, 3)))
        .isEmpty();
  }

  @Test
  void of_unknownRuleName_namesIt() {
    RuleSettings d = RuleSettings.defaults();
    RuleSettings typo =
        new RuleSettings(
            List.of("enable-tiering"),
            d.lagSafetyFactor(),
            d.minRetentionMs(),
            d.maxRetentionFraction(),
            d.deliberateRetentionMs(),
            d.followerFetchingMinMonthlyCost(),
            d.smallSegmentBytes(),
            d.targetSegmentBytes(),
            d.infrequentAccessMinRetentionMs(),
            d.infrequentAccessMaxReadFraction(),
            1);

    assertThatThrownBy(() -> Recommender.of(typo))
        .hasMessageStartingWith("rules.order: unknown rule \"enable-tiering\"");
  }
}
