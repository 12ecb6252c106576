package io.tierline.offloader;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The S3 storage classes a segment's objects may be stored in. Only classes whose objects a GET
 * reads at once are offered: a broker serves a consumer from them within its fetch timeout. GLACIER
 * (Flexible Retrieval) and DEEP_ARCHIVE need a restore of hours first, and ONEZONE_IA keeps the
 * only copy of old records in one zone; none of them is here.
 *
 * <p>The codes are stored in manifests: never renumber them.
 */
public enum StorageClass {
  STANDARD(0),
  STANDARD_IA(1),
  INTELLIGENT_TIERING(2),
  GLACIER_IR(3);

  private final int id;

  StorageClass(int id) {
    this.id = id;
  }

  /** The code stored in a manifest. */
  public int id() {
    return id;
  }

  /** The class of manifest code {@code id}. */
  public static StorageClass ofId(int id) {
    for (StorageClass c : values()) {
      if (c.id == id) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown storage class code " + id);
  }

  /** The class S3 names {@code name} ({@code x-amz-storage-class}), ignoring case. */
  public static StorageClass parse(String name) {
    String upper = name.trim().toUpperCase(Locale.ROOT);
    for (StorageClass c : values()) {
      if (c.name().equals(upper)) {
        return c;
      }
    }
    String why =
        switch (upper) {
          case "GLACIER", "DEEP_ARCHIVE" ->
              ": its objects must be restored before a GET, so a broker could not serve them"
                  + " (GLACIER_IR reads at once)";
          case "ONEZONE_IA" ->
              ": it keeps the only copy of tiered records in one availability zone";
          default -> "";
        };
    throw new IllegalArgumentException(
        "storage class '" + name.trim() + "' is not offered" + why + "; one of " + names());
  }

  /** The names of every class offered, in order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
