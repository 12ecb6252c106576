package io.tierline.offloader;

/** The root of the offloader's failures. Backends translate their SDKs' errors into these. */
public class ObjectStoreException extends RuntimeException {
  public ObjectStoreException(String message) {
    super(message);
  }

  public ObjectStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
