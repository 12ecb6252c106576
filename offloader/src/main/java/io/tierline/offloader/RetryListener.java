package io.tierline.offloader;

/**
 * Hears of every attempt at a request that failed for a reason that may pass, whether the {@link
 * Retrier} tries again or gives up: a fault that retries absorb leaves no error behind, and this is
 * where it shows. Called on the requesting thread; must not throw.
 */
@FunctionalInterface
public interface RetryListener {
  RetryListener NONE = (operation, retrying, error) -> {};

  /**
   * @param operation the request, as the backend names it: {@code GET}, {@code PUT}, {@code
   *     UploadPart}, …
   * @param retrying whether another attempt follows
   */
  void attemptFailed(String operation, boolean retrying, StoreUnavailableException error);
}
