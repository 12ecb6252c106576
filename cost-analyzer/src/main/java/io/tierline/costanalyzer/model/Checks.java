package io.tierline.costanalyzer.model;

/**
 * Argument checks for the model's records. Each failure is an {@link IllegalArgumentException}
 * whose message starts with the field's name, so that a boundary can prefix it with the path the
 * value came from.
 */
final class Checks {

  private Checks() {}

  private static String show(double value) {
    return value == Math.rint(value) && !Double.isInfinite(value)
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  static void positive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + ": must be a number > 0, was " + show(value));
    }
  }

  static void notNegative(String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + ": must be a number >= 0, was " + show(value));
    }
  }

  static void fraction(String field, double value, boolean oneAllowed) {
    boolean ok = value >= 0 && (oneAllowed ? value <= 1 : value < 1);
    if (!ok) {
      throw new IllegalArgumentException(
          field
              + ": must be between 0 and 1"
              + (oneAllowed ? "" : " (exclusive)")
              + ", was "
              + show(value));
    }
  }

  static <T> T required(String field, T value) {
    if (value == null) {
      throw new IllegalArgumentException(field + ": is required");
    }
    return value;
  }
}
