package io.tierline.settingsdocs;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** The settings of a record of settings, described by {@link Setting} on its components. */
public final class RecordSettings {
  private RecordSettings() {}

  /**
   * One row per component of {@code defaults}, in declaration order, with the component's value in
   * {@code defaults} as its default. A component that is itself a record and carries no {@link
   * Setting} is a group of settings with a table of its own, and is left out.
   *
   * @param prefix put in front of each component's name, such as {@code "assumptions."}
   * @throws IllegalStateException if a component has no description
   */
  public static List<DocumentedSetting> of(String prefix, Record defaults) {
    List<DocumentedSetting> settings = new ArrayList<>();
    for (RecordComponent component : defaults.getClass().getRecordComponents()) {
      Setting setting = component.getAnnotation(Setting.class);
      if (setting == null && component.getType().isRecord()) {
        continue;
      }
      if (setting == null) {
        throw new IllegalStateException(
            defaults.getClass().getSimpleName()
                + "."
                + component.getName()
                + " has no @Setting description");
      }
      String defaultValue =
          setting.defaultText().isEmpty()
              ? DefaultValues.format(component.getName(), valueOf(component, defaults))
              : setting.defaultText();
      settings.add(
          new DocumentedSetting(prefix + component.getName(), defaultValue, setting.value()));
    }
    return settings;
  }

  private static Object valueOf(RecordComponent component, Record record) {
    try {
      component.getAccessor().setAccessible(true);
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }
}
