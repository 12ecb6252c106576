package io.tierline.offloader.segment.format;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * How a segment's chunks are encrypted: AES-256-GCM under a data key of the segment's own, stored
 * wrapped (RFC 3394 AES key wrap) by the master key {@code keyId} of the broker's key ring.
 *
 * @param keyId the master key that wrapped the data key; names it when it is missing
 * @param wrappedDataKey the data key, wrapped: {@link #WRAPPED_KEY_BYTES} bytes
 */
public record Encryption(String keyId, byte[] wrappedDataKey) {
  /** An AES-256 key wrapped by RFC 3394: 32 bytes plus an 8-byte integrity block. */
  public static final int WRAPPED_KEY_BYTES = 40;

  /** Bytes that GCM adds to each chunk: its authentication tag. */
  public static final int TAG_BYTES = 16;

  /** Key ids are short and printable, since errors and the manifest name them. */
  public static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  public Encryption {
    if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
      throw new IllegalArgumentException("key id must match " + KEY_ID + ": " + keyId);
    }
    if (wrappedDataKey == null || wrappedDataKey.length != WRAPPED_KEY_BYTES) {
      throw new IllegalArgumentException(
          "a wrapped data key has "
              + WRAPPED_KEY_BYTES
              + " bytes, not "
              + (wrappedDataKey == null ? 0 : wrappedDataKey.length));
    }
    wrappedDataKey = wrappedDataKey.clone();
  }

  @Override
  public byte[] wrappedDataKey() {
    return wrappedDataKey.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Encryption e
        && keyId.equals(e.keyId)
        && Arrays.equals(wrappedDataKey, e.wrappedDataKey);
  }

  @Override
  public int hashCode() {
    return keyId.hashCode() * 31 + Arrays.hashCode(wrappedDataKey);
  }

  @Override
  public String toString() {
    return "Encryption[AES-256-GCM, keyId=" + keyId + "]";
  }
}
