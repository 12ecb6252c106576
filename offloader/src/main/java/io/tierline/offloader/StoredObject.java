package io.tierline.offloader;

import java.util.Objects;

/**
 * One object as a listing shows it: its key and the bytes it holds (as stored, after compression).
 */
public record StoredObject(ObjectKey key, long sizeBytes) {
  public StoredObject {
    Objects.requireNonNull(key, "key");
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("sizeBytes must be >= 0: " + sizeBytes);
    }
  }
}
