package io.tierline.offloader;

/** The object (or the segment, or one of its indexes) does not exist. */
public class ObjectNotFoundException extends ObjectStoreException {
  public ObjectNotFoundException(String message) {
    super(message);
  }

  public ObjectNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
