package io.tierline.costanalyzer.settings;

import io.tierline.costanalyzer.recommend.RuleSettings;
import io.tierline.settingsdocs.DocumentedSetting;
import io.tierline.settingsdocs.RecordSettings;
import io.tierline.settingsdocs.SettingsTable;
import java.util.List;

/**
 * The table of the model's and the recommender's defaults in {@code docs/cost-analyzer.md},
 * generated from the defaults themselves and the {@code @Setting} descriptions beside each field,
 * so that it cannot drift from the code.
 */
public final class SettingDocs {

  private SettingDocs() {}

  /** The Markdown table: group, setting (as the request or the YAML names it), default, meaning. */
  public static String markdownTable() {
    EstimateDefaults d = EstimateDefaults.standard();
    SettingsTable table = SettingsTable.withColumns("group", "setting", "default", "meaning");
    // A request names its catalog among its assumptions; every other request default is a workload
    // field.
    rows(
        table,
        "request",
        RecordSettings.of("workload.", d).stream()
            .map(
                s ->
                    s.name().equals("workload.priceCatalog")
                        ? new DocumentedSetting(
                            "assumptions.priceCatalog", s.defaultValue(), s.description())
                        : s)
            .toList());
    rows(table, "assumptions", RecordSettings.of("assumptions.", d.assumptions()));
    rows(table, "brokerSizing", RecordSettings.of("brokerSizing.", d.brokerSizing()));
    rows(table, "rules", RecordSettings.of("rules.", RuleSettings.defaults()));
    return table.markdown();
  }

  private static void rows(SettingsTable table, String group, List<DocumentedSetting> settings) {
    settings.forEach(
        s -> table.row(group, "`" + s.name() + "`", s.defaultValue(), s.description()));
  }
}
