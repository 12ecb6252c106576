package io.tierline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.reports.focus.FocusColumn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's tables of formats and FOCUS columns are generated from the code. This test fails
 * when they drift; {@code -Dreadme.update=true} rewrites them between their markers.
 */
class ReadmeTablesTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void readme_focusColumnsTable_matchesTheCode() throws IOException {
    assertTable("focus-columns", focusColumns());
  }

  @Test
  void readme_formatsTable_matchesTheCode() throws IOException {
    assertTable("report-formats", formats());
  }

  static String focusColumns() {
    StringBuilder table = new StringBuilder("| column | type (Parquet) | meaning |\n|---|---|---|\n");
    for (FocusColumn column : FocusColumn.values()) {
      table.append("| `").append(column.columnName()).append("` | ").append(column.type().parquetName())
          .append(" | ").append(column.description()).append(" |\n");
    }
    return table.toString();
  }

  static String formats() {
    StringBuilder table = new StringBuilder("| format | file name | content type |\n|---|---|---|\n");
    for (ReportFormat format : ReportFormat.values()) {
      table.append("| `").append(format.extension()).append("` | `").append(format.fileName("CLUSTER"))
          .append("` | `").append(format.contentType()).append("` |\n");
    }
    return table.toString();
  }

  private static void assertTable(String name, String generated) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Pattern block = Pattern.compile("(<!-- " + name + ":start[^>]*-->\n)(.*?)(<!-- " + name + ":end -->)", Pattern.DOTALL);
    Matcher matcher = block.matcher(readme);
    assertThat(matcher.find()).as("README.md has <!-- %s:start --> and <!-- %s:end --> markers", name, name).isTrue();
    if (Boolean.getBoolean("readme.update")) {
      Files.writeString(README, matcher.replaceFirst(
          Matcher.quoteReplacement(matcher.group(1) + generated + matcher.group(3))), StandardCharsets.UTF_8);
      return;
    }
    assertThat(matcher.group(2)).as("README table %s; regenerate with -Dreadme.update=true", name).isEqualTo(generated);
  }
}
