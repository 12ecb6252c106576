package io.tierline.offloader.segment;

import java.util.Objects;

/** One documented setting: its name, its default, and what it does. */
public record SettingDoc(String name, String defaultValue, String description) {
  public SettingDoc {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(description, "description");
  }
}
