package io.tierline.costanalyzer.inventory;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Ordered team rules: the first that matches a topic names its team; a topic no rule matches is
 * "unassigned".
 */
public final class TeamRules {

  public static final String UNASSIGNED = "unassigned";

  private final List<Pattern> patterns;
  private final List<String> teams;

  public TeamRules(List<TeamRule> rules) {
    this.patterns = rules.stream().map(TeamRule::compiled).toList();
    this.teams = rules.stream().map(TeamRule::team).toList();
  }

  public String teamOf(String topic) {
    for (int i = 0; i < patterns.size(); i++) {
      String team = TeamRule.teamOf(patterns.get(i), teams.get(i), topic);
      if (team != null) {
        return team;
      }
    }
    return UNASSIGNED;
  }
}
