package io.tierline.plugin.config;

import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;

/**
 * Renders the plugin's {@code ConfigDef} as the Markdown table in the README, so that the
 * documentation comes from the declaration. Run {@code main} to print it.
 */
public final class ConfigTable {
  private ConfigTable() {}

  public static void main(String[] args) {
    System.out.print(markdown());
  }

  /** One row per key, in declaration order, with the broker's {@code rsm.config.} prefix. */
  public static String markdown() {
    ConfigDef def = TieringConfigDef.create();
    StringBuilder table = new StringBuilder();
    table.append("| broker key | type | default | valid values | description |\n");
    table.append("|---|---|---|---|---|\n");
    for (ConfigKey key : def.configKeys().values()) {
      table.append("| `").append(TieringConfigDef.BROKER_PREFIX).append(key.name).append("` | ")
          .append(key.type.name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
          .append(defaultOf(key)).append(" | ")
          .append(key.validator == null ? "" : escape(key.validator.toString())).append(" | ")
          .append(escape(key.documentation)).append(" |\n");
    }
    return table.toString();
  }

  private static String defaultOf(ConfigKey key) {
    if (!key.hasDefault()) {
      return "(required)";
    }
    if (key.defaultValue == null) {
      return "(unset)";
    }
    String value = ConfigDef.convertToString(key.defaultValue, key.type);
    return value.isEmpty() ? "\"\"" : "`" + value + "`";
  }

  private static String escape(String text) {
    return text.lines().map(String::strip).collect(Collectors.joining(" ")).replace("|", "\\|");
  }
}
