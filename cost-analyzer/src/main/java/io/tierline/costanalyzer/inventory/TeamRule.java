package io.tierline.costanalyzer.inventory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One team rule: topics whose name matches {@code pattern} (searched, so anchor it with {@code ^})
 * belong to {@code team}, which may use the pattern's groups ({@code $1}).
 */
public record TeamRule(String pattern, String team) {

  public TeamRule {
    if (pattern == null || pattern.isEmpty()) {
      throw new IllegalArgumentException("pattern: is required (a regular expression)");
    }
    if (team == null || team.isBlank()) {
      throw new IllegalArgumentException("team: is required");
    }
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "pattern: not a regular expression: " + e.getDescription(), e);
    }
  }

  Pattern compiled() {
    return Pattern.compile(pattern);
  }

  /** The team for a matching name, with groups expanded; null if the name does not match. */
  static String teamOf(Pattern pattern, String template, String topic) {
    Matcher m = pattern.matcher(topic);
    if (!m.find()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    m.appendReplacement(out, template);
    return out.substring(m.start());
  }
}
