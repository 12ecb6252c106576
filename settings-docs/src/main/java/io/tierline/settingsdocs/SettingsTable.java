package io.tierline.settingsdocs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A Markdown table: the one renderer of every generated table in the docs. */
public final class SettingsTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  private SettingsTable(List<String> headers) {
    this.headers = headers;
  }

  /** An empty table with these column headers. */
  public static SettingsTable withColumns(String... headers) {
    if (headers.length == 0) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    return new SettingsTable(List.of(headers));
  }

  /** Adds a row; {@code cells} are Markdown, one per column. */
  public SettingsTable row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "a row of " + headers + " needs " + headers.size() + " cells: " + Arrays.toString(cells));
    }
    rows.add(List.of(cells));
    return this;
  }

  /** Adds a row for each of {@code settings}: name in code font, default, description. */
  public SettingsTable rows(List<DocumentedSetting> settings) {
    settings.forEach(s -> row("`" + s.name() + "`", s.defaultValue(), s.description()));
    return this;
  }

  public String markdown() {
    StringBuilder table = new StringBuilder();
    table.append(line(headers));
    table.append(headers.stream().map(h -> "---").collect(Collectors.joining("|", "|", "|\n")));
    rows.forEach(r -> table.append(line(r)));
    return table.toString();
  }

  private static String line(List<String> cells) {
    return cells.stream().map(SettingsTable::cell).collect(Collectors.joining(" | ", "| ", " |\n"));
  }

  /** One line, with the column separator escaped: a description may span source lines. */
  private static String cell(String text) {
    return text.lines().map(String::strip).collect(Collectors.joining(" ")).replace("|", "\\|");
  }
}
