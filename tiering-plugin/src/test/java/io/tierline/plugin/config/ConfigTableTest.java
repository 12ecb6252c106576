package io.tierline.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
  void readme_carriesTheGeneratedTable() throws Exception {
    Path readme = Path.of("..", "README.md");
    assertThat(Files.readString(readme))
        .as("README.md's tiering plugin table; regenerate it with ConfigTable.main")
        .contains(ConfigTable.markdown());
  }
}
