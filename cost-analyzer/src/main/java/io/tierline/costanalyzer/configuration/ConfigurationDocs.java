package io.tierline.costanalyzer.configuration;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.dropwizard.core.Configuration;
import io.dropwizard.jackson.Jackson;
import io.tierline.settingsdocs.DefaultValues;
import io.tierline.settingsdocs.DocumentedSetting;
import io.tierline.settingsdocs.Setting;
import io.tierline.settingsdocs.SettingsTable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The service's configuration keys, as {@code docs/cost-analyzer.md} lists them: each key's meaning
 * is the {@link Setting} on its field, its default the field's value in a configuration as
 * constructed. A field without a description whose type has described fields of its own ({@code
 * history}, {@code clusters[]}, {@code clusters[].remoteStorage}) is a group of keys. The
 * configuration class itself is passed in: it sits in the application's package, which nothing
 * imports.
 */
public final class ConfigurationDocs {

  private ConfigurationDocs() {}

  /**
   * Every described key under {@code fresh}'s own fields (Dropwizard's {@code server} and the like
   * excluded).
   */
  public static List<DocumentedSetting> settings(Configuration fresh) {
    List<DocumentedSetting> settings = new ArrayList<>();
    collect("", fresh.getClass(), fresh, settings);
    return settings;
  }

  /** The table: key, default and meaning. */
  public static String markdownTable(Configuration fresh) {
    return SettingsTable.withColumns("key", "default", "meaning").rows(settings(fresh)).markdown();
  }

  /**
   * The keys Jackson binds in the service's own configuration classes (Dropwizard's server keys
   * excluded).
   */
  public static Set<String> boundKeys(Class<? extends Configuration> configurationClass) {
    ObjectMapper mapper = Jackson.newObjectMapper();
    Set<String> keys = new TreeSet<>();
    Set<String> dropwizard = names(mapper, Configuration.class, "");
    for (String name : names(mapper, configurationClass, "")) {
      if (dropwizard.contains(name)) {
        continue;
      }
      keys.addAll(bound(mapper, field(configurationClass, name), ""));
    }
    return keys;
  }

  /** A field's key, or the keys of the group it holds, nested groups included. */
  private static Set<String> bound(ObjectMapper mapper, Field field, String prefix) {
    Class<?> group = groupType(field);
    if (group == null) {
      return Set.of(prefix + field.getName());
    }
    Set<String> keys = new TreeSet<>();
    String inner = prefix + prefix(field);
    for (String name : names(mapper, group, "")) {
      keys.addAll(bound(mapper, field(group, name), inner));
    }
    return keys;
  }

  private static void collect(
      String prefix, Class<?> type, Object instance, List<DocumentedSetting> settings) {
    for (Field field : ownFields(type)) {
      Setting setting = field.getAnnotation(Setting.class);
      if (setting != null) {
        String defaultValue =
            setting.defaultText().isEmpty()
                ? DefaultValues.format(field.getName(), valueOf(field, instance))
                : setting.defaultText();
        settings.add(
            new DocumentedSetting(prefix + field.getName(), defaultValue, setting.value()));
        continue;
      }
      Class<?> group = groupType(field);
      if (group != null) {
        Object nested =
            List.class.isAssignableFrom(field.getType()) ? null : valueOf(field, instance);
        if (nested == null) {
          // A list's elements, or an optional group that is unset: its defaults as constructed.
          nested = newInstance(group);
        }
        collect(prefix + prefix(field), group, nested, settings);
      }
    }
  }

  /**
   * The type whose fields a field groups: its own, or a list's elements; null when it is not a
   * group.
   */
  private static Class<?> groupType(Field field) {
    Class<?> type = field.getType();
    if (List.class.isAssignableFrom(type)
        && field.getGenericType() instanceof ParameterizedType list
        && list.getActualTypeArguments()[0] instanceof Class<?> element) {
      type = element;
    }
    return ownFields(type).stream().anyMatch(f -> f.isAnnotationPresent(Setting.class))
        ? type
        : null;
  }

  private static String prefix(Field group) {
    return group.getName() + (List.class.isAssignableFrom(group.getType()) ? "[]." : ".");
  }

  private static List<Field> ownFields(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()))
        .toList();
  }

  private static Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(
          type.getSimpleName() + " binds '" + name + "' but has no field of that name", e);
    }
  }

  private static Object valueOf(Field field, Object instance) {
    try {
      field.setAccessible(true);
      return field.get(instance);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field.getName(), e);
    }
  }

  private static Object newInstance(Class<?> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type.getSimpleName() + " needs a no-argument constructor", e);
    }
  }

  private static Set<String> names(ObjectMapper mapper, Class<?> type, String prefix) {
    BeanDescription d = mapper.getDeserializationConfig().introspect(mapper.constructType(type));
    Set<String> names = new TreeSet<>();
    for (BeanPropertyDefinition p : d.findProperties()) {
      if (p.hasSetter() || p.hasField() && p.getField().isPublic()) {
        names.add(prefix + p.getName());
      }
    }
    return names;
  }
}
