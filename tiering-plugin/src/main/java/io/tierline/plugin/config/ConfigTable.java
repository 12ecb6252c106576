package io.tierline.plugin.config;

import io.tierline.settingsdocs.DefaultValues;
import io.tierline.settingsdocs.SettingsTable;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;

/**
 * Renders the plugin's {@code ConfigDef} as the table in {@code docs/tiering-plugin.md}, so that
 * the documentation comes from the declaration. Run {@code main} to print it.
 */
public final class ConfigTable {
  private ConfigTable() {}

  public static void main(String[] args) {
    System.out.print(markdown());
  }

  /** One row per key, in declaration order, with the broker's {@code rsm.config.} prefix. */
  public static String markdown() {
    SettingsTable table =
        SettingsTable.withColumns("broker key", "type", "default", "valid values", "description");
    for (ConfigKey key : TieringConfigDef.create().configKeys().values()) {
      table.row(
          "`" + TieringConfigDef.BROKER_PREFIX + key.name + "`",
          key.type.name().toLowerCase(Locale.ROOT),
          defaultOf(key),
          key.validator == null ? "" : key.validator.toString(),
          key.documentation);
    }
    return table.markdown();
  }

  private static String defaultOf(ConfigKey key) {
    if (!key.hasDefault()) {
      return "(required)";
    }
    return key.defaultValue == null ? "(unset)" : DefaultValues.format(key.name, key.defaultValue);
  }
}
