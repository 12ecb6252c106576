package io.tierline.costanalyzer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.settingsdocs.GeneratedSections;
import org.junit.jupiter.api.Test;

/**
 * The table of defaults in {@code docs/cost-analyzer.md} must be the one generated from the code.
 */
class SettingDocsTest {

  @Test
  void docs_settingsTable_matchesTheCode() {
    GeneratedSections.verify(
        GeneratedSections.docsFile("cost-analyzer.md"),
        "cost-model-defaults",
        SettingDocs.markdownTable());
  }

  @Test
  void markdownTable_showsEveryGroupWithUnits() {
    String table = SettingDocs.markdownTable();

    assertThat(table)
        .contains("| request | `assumptions.priceCatalog` | `aws-us-east-1` |")
        .contains("| request | `workload.segmentBytes` | `1073741824` (1 GiB) |")
        .contains("| request | `workload.segmentMs` | `604800000` (7 d) |")
        .contains("| assumptions | `assumptions.hoursPerMonth` | `730` |")
        .contains("| brokerSizing | `brokerSizing.networkUtilization` | `0.5` |")
        .contains("| rules | `rules.order` | `retention-bytes-per-partition`, ");
  }
}
