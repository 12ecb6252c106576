package io.tierline.offloader;

import java.util.List;
import java.util.Objects;

/** One documented setting: its name, its default, and what it does. */
public record SettingDoc(String name, String defaultValue, String description) {
  public SettingDoc {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(description, "description");
  }

  /** The settings as a Markdown table, as the README shows them. */
  public static String markdownTable(List<SettingDoc> settings) {
    StringBuilder table = new StringBuilder("| setting | default | meaning |\n|---|---|---|\n");
    for (SettingDoc s : settings) {
      table.append("| `").append(s.name()).append("` | ").append(s.defaultValue()).append(" | ")
          .append(s.description().replace("|", "\\|")).append(" |\n");
    }
    return table.toString();
  }
}
