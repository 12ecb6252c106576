package io.tierline.costanalyzer.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.costanalyzer.CostAnalyzerConfiguration;
import io.tierline.settingsdocs.DocumentedSetting;
import io.tierline.settingsdocs.GeneratedSections;
import org.junit.jupiter.api.Test;

/**
 * The configuration table in the docs is the one the code generates, and it describes every bound
 * key.
 */
class ConfigurationDocsTest {

  @Test
  void settings_describeEveryKeyTheConfigurationBinds() {
    assertThat(ConfigurationDocs.settings(new CostAnalyzerConfiguration()))
        .extracting(DocumentedSetting::name)
        .containsExactlyInAnyOrderElementsOf(
            ConfigurationDocs.boundKeys(CostAnalyzerConfiguration.class));
  }

  @Test
  void docs_holdTheGeneratedTable() {
    GeneratedSections.verify(
        GeneratedSections.docsFile("cost-analyzer.md"),
        "service-config",
        ConfigurationDocs.markdownTable(new CostAnalyzerConfiguration()));
  }

  @Test
  void markdownTable_showsDefaultsFromAFreshConfiguration() {
    assertThat(ConfigurationDocs.markdownTable(new CostAnalyzerConfiguration()))
        .contains("| `maxRequestBytes` | `65536` (64 KiB) |")
        .contains("| `history.directory` | `history` |")
        .contains("| `clusters[].name` | (required) |")
        .contains("| `apply.token` | none |");
  }
}
