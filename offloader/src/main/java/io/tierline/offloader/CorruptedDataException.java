package io.tierline.offloader;

/**
 * Stored bytes fail their checksum, or a manifest cannot be parsed. The message names the object.
 */
public class CorruptedDataException extends ObjectStoreException {
  public CorruptedDataException(String message) {
    super(message);
  }

  public CorruptedDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
