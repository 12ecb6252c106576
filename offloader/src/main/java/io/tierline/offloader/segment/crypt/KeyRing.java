package io.tierline.offloader.segment.crypt;

import io.tierline.offloader.segment.format.Encryption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master keys that wrap segments' data keys, by id, and the one that new segments use. Old keys
 * stay in the ring after a rotation so that the segments they wrapped stay readable. Neither {@link
 * #toString()} nor any error shows a key's bytes.
 */
public final class KeyRing {
  /** AES-256: master keys are 32 bytes. */
  public static final int KEY_BYTES = 32;

  private final Map<String, SecretKey> keys;
  private final String activeKeyId;

  private KeyRing(Map<String, SecretKey> keys, String activeKeyId) {
    this.keys = keys;
    this.activeKeyId = activeKeyId;
  }

  /**
   * A ring of {@code keys} (id to 32 key bytes) that wraps new data keys with {@code activeKeyId}.
   *
   * @throws IllegalArgumentException naming the id (never the bytes) of a key that is not 32 bytes,
   *     an id that is not {@link Encryption#KEY_ID}, or an active id that the ring does not hold
   */
  public static KeyRing of(Map<String, byte[]> keys, String activeKeyId) {
    Objects.requireNonNull(keys, "keys");
    Map<String, SecretKey> ring = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : keys.entrySet()) {
      if (!Encryption.KEY_ID.matcher(e.getKey()).matches()) {
        throw new IllegalArgumentException(
            "key id '" + e.getKey() + "' must match " + Encryption.KEY_ID);
      }
      if (e.getValue() == null || e.getValue().length != KEY_BYTES) {
        throw new IllegalArgumentException(
            "key '" + e.getKey() + "' must be " + KEY_BYTES + " bytes (AES-256)");
      }
      ring.put(e.getKey(), new SecretKeySpec(e.getValue(), "AES"));
    }
    if (activeKeyId == null || !ring.containsKey(activeKeyId)) {
      throw new IllegalArgumentException(
          "the active key id '" + activeKeyId + "' is not in the key ring " + ring.keySet());
    }
    return new KeyRing(Map.copyOf(ring), activeKeyId);
  }

  public String activeKeyId() {
    return activeKeyId;
  }

  SecretKey active() {
    return keys.get(activeKeyId);
  }

  Optional<SecretKey> key(String id) {
    return Optional.ofNullable(keys.get(id));
  }

  @Override
  public String toString() {
    return "KeyRing[ids=" + keys.keySet() + ", active=" + activeKeyId + "]";
  }
}
