package io.tierline.settingsdocs;

import java.util.Objects;

/** One row of a settings table: a setting's name, its default as shown, and what it does. */
public record DocumentedSetting(String name, String defaultValue, String description) {
  public DocumentedSetting {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new IllegalArgumentException(name + ": a setting needs a description");
    }
  }
}
