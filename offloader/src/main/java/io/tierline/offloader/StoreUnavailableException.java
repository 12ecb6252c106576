package io.tierline.offloader;

/**
 * The backend could not be reached, or kept failing with retriable errors until retries ran out.
 */
public class StoreUnavailableException extends ObjectStoreException {
  public StoreUnavailableException(String message) {
    super(message);
  }

  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
