package io.tierline.plugin.config;

import io.tierline.offloader.StorageClass;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigException;

/**
 * Which storage class a topic's segments are stored in: ordered {@code regex=CLASS} rules, the
 * first whose regular expression matches the whole topic name winning (as Kafka's own topic regexes
 * match), and a default for topics that no rule matches. Immutable and thread-safe.
 */
public final class StorageClassRules {
  /**
   * One rule at the start of what is left: a regex, '=', a class name, then a comma or the end. The
   * regex is the shortest that lets the rest match, so a regex may hold '=' or a comma (as in
   * {@code {2,3}}) as long as a class name does not follow it.
   */
  private static final Pattern RULE = Pattern.compile("\\s*(.+?)\\s*=\\s*(\\w+)\\s*(?:,|$)");

  /** Repetition bounds such as {@code {2,3}}, the one place a comma belongs in a topic regex. */
  private static final Pattern BOUNDS = Pattern.compile("\\{\\d*,\\d*}");

  record Rule(Pattern topics, StorageClass storageClass) {
    @Override
    public String toString() {
      return topics.pattern() + "=" + storageClass;
    }
  }

  private final List<Rule> rules;
  private final StorageClass defaultClass;

  private StorageClassRules(List<Rule> rules, StorageClass defaultClass) {
    this.rules = List.copyOf(rules);
    this.defaultClass = defaultClass;
  }

  /** STANDARD for every topic. */
  public static StorageClassRules standard() {
    return new StorageClassRules(List.of(), StorageClass.STANDARD);
  }

  /**
   * Parses the value of configuration key {@code key}.
   *
   * @throws ConfigException naming the key, the value, the rule and what is wrong with it
   */
  static StorageClassRules parse(String key, String value, StorageClass defaultClass) {
    List<Rule> rules = new ArrayList<>();
    String text = value == null ? "" : value.strip();
    Matcher m = RULE.matcher(text);
    int position = 0;
    while (position < text.length()) {
      int number = rules.size() + 1;
      m.region(position, text.length());
      if (!m.lookingAt()) {
        throw new ConfigException(
            key,
            value,
            "rule "
                + number
                + " ('"
                + text.substring(position).split(",", 2)[0].strip()
                + "') is not 'regex=CLASS'; rules are comma-separated, for example"
                + " 'logs\\..*=STANDARD_IA,audit\\..*=GLACIER_IR'");
      }
      rules.add(rule(key, value, number, m.group(1), m.group(2)));
      position = m.end();
    }
    return new StorageClassRules(rules, defaultClass);
  }

  private static Rule rule(String key, String value, int number, String regex, String className) {
    String which = "rule " + number + " ('" + regex + "=" + className + "')";
    StorageClass storageClass;
    try {
      storageClass = StorageClass.parse(className);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(key, value, which + ": " + e.getMessage());
    }
    if (BOUNDS.matcher(regex).replaceAll("").contains(",")) {
      throw new ConfigException(
          key,
          value,
          which
              + ": its regex has a comma, which no topic name holds; is '=CLASS' missing before"
              + " it?");
    }
    try {
      return new Rule(Pattern.compile(regex), storageClass);
    } catch (PatternSyntaxException e) {
      throw new ConfigException(
          key, value, which + " is not a valid regular expression: " + e.getDescription());
    }
  }

  /** The class of {@code topic}'s segments: the first matching rule's, or the default. */
  public StorageClass forTopic(String topic) {
    for (Rule rule : rules) {
      if (rule.topics().matcher(topic).matches()) {
        return rule.storageClass();
      }
    }
    return defaultClass;
  }

  /** Every class that some topic may get: the rules' and the default. */
  public Set<StorageClass> classes() {
    Set<StorageClass> classes = EnumSet.of(defaultClass);
    rules.forEach(r -> classes.add(r.storageClass()));
    return classes;
  }

  @Override
  public String toString() {
    return (rules.isEmpty()
            ? ""
            : rules.stream().map(Rule::toString).collect(Collectors.joining(",")) + ", ")
        + "otherwise "
        + defaultClass;
  }
}
