package io.tierline.costanalyzer.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeamRulesTest {

  @Test
  void teamOf_firstMatchingRuleWins() {
    TeamRules rules =
        new TeamRules(
            List.of(
                new TeamRule("^payments\\.audit", "compliance"),
                new TeamRule("^payments\\.", "payments")));

    assertThat(rules.teamOf("payments.audit-log")).isEqualTo("compliance");
    assertThat(rules.teamOf("payments.transactions")).isEqualTo("payments");
  }

  @Test
  void teamOf_captureGroups_expandInTheTeam() {
    TeamRules rules = new TeamRules(List.of(new TeamRule("^team-(\\w+)\\.", "$1")));

    assertThat(rules.teamOf("team-search.queries")).isEqualTo("search");
  }

  @Test
  void teamOf_noRuleMatches_isUnassigned() {
    assertThat(new TeamRules(List.of(new TeamRule("^orders\\.", "orders"))).teamOf("legacy-events"))
        .isEqualTo(TeamRules.UNASSIGNED);
  }

  @Test
  void constructor_invalidPattern_namesTheField() {
    assertThatThrownBy(() -> new TeamRule("^(payments", "p")).hasMessageStartingWith("pattern:");
  }
}
