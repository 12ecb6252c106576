package io.tierline.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.settingsdocs.GeneratedSections;
import org.junit.jupiter.api.Test;

class ConfigTableTest {

  @Test
  void markdown_listsEveryKeyWithTheBrokerPrefix() {
    String table = ConfigTable.markdown();
    for (String key : TieringConfigDef.create().names()) {
      assertThat(table).contains("| `rsm.config." + key + "` |");
    }
    assertThat(table).contains("(required)");
  }

  @Test
  void docs_carryTheGeneratedTable() {
    GeneratedSections.verify(
        GeneratedSections.docsFile("tiering-plugin.md"), "plugin-config", ConfigTable.markdown());
  }
}
