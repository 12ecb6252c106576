package io.tierline.settingsdocs;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * How a default value is shown in a settings table, the same way in every table: values in code
 * font, byte counts and milliseconds with a readable unit beside them when they come out whole.
 */
public final class DefaultValues {
  private static final String[] BYTE_UNITS = {"KiB", "MiB", "GiB", "TiB"};

  private DefaultValues() {}

  /**
   * The Markdown for {@code value}, the default of the setting {@code name}. A name that ends in
   * {@code Bytes} or {@code .bytes} is read as a byte count, one that ends in {@code Ms} or {@code
   * .ms} as milliseconds. An absent value (null, an empty optional, collection or map) is "none".
   */
  public static String format(String name, Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(v -> format(name, v)).orElse("none");
    }
    if (value instanceof OptionalLong optional) {
      return optional.isPresent() ? format(name, optional.getAsLong()) : "none";
    }
    if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? format(name, optional.getAsInt()) : "none";
    }
    if (value instanceof OptionalDouble optional) {
      return optional.isPresent() ? format(name, optional.getAsDouble()) : "none";
    }
    if (value == null) {
      return "none";
    }
    if (value instanceof Collection<?> values) {
      return values.isEmpty()
          ? "none"
          : values.stream().map(v -> format("", v)).collect(Collectors.joining(", "));
    }
    if (value instanceof Map<?, ?> map && map.isEmpty()) {
      return "none";
    }
    if (value instanceof String text) {
      return text.isEmpty() ? "`\"\"`" : code(text);
    }
    if (value instanceof Double || value instanceof Float) {
      return code(
          BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString());
    }
    if (value instanceof Duration duration) {
      String readable = millis(duration.toMillis());
      return code(readable.isEmpty() ? duration.toMillis() + " ms" : readable);
    }
    if (value instanceof Long || value instanceof Integer) {
      long number = ((Number) value).longValue();
      String lower = name.toLowerCase(Locale.ROOT);
      String readable =
          lower.endsWith("bytes") ? bytes(number) : lower.endsWith("ms") ? millis(number) : "";
      return code(String.valueOf(number)) + (readable.isEmpty() ? "" : " (" + readable + ")");
    }
    return code(String.valueOf(value));
  }

  private static String code(String text) {
    return "`" + text + "`";
  }

  /** The count in the largest binary unit that divides it, or nothing if none does. */
  static String bytes(long count) {
    if (count <= 0 || count % 1024 != 0) {
      return "";
    }
    long value = count;
    int unit = -1;
    while (value % 1024 == 0 && unit < BYTE_UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return value + " " + BYTE_UNITS[unit];
  }

  /** Milliseconds in the largest of days, hours, minutes and seconds that divides them. */
  static String millis(long millis) {
    if (millis <= 0) {
      return "";
    }
    long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
    String[] names = {"d", "h", "min", "s"};
    for (int i = 0; i < sizes.length; i++) {
      if (millis % sizes[i] == 0) {
        return millis / sizes[i] + " " + names[i];
      }
    }
    return "";
  }
}
