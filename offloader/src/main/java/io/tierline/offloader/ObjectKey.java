package io.tierline.offloader;

import java.util.Objects;

/** The name of one object in a bucket (or one file under the filesystem store's root). */
public record ObjectKey(String value) {
  public ObjectKey {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.startsWith("/") || value.endsWith("/") || value.contains("//")) {
      throw new IllegalArgumentException("Invalid object key: '" + value + "'");
    }
  }

  public static ObjectKey of(String value) {
    return new ObjectKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
