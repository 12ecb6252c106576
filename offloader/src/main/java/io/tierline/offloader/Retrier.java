package io.tierline.offloader;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs a backend call under a {@link RetryPolicy}. Backends first translate their SDK's errors into
 * the offloader's exceptions; this class then retries exactly the {@link
 * StoreUnavailableException}s, the one family that means "this may pass".
 */
public final class Retrier {
  private final RetryPolicy policy;
  private final RetryListener listener;

  public Retrier(RetryPolicy policy) {
    this(policy, RetryListener.NONE);
  }

  public Retrier(RetryPolicy policy, RetryListener listener) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  public RetryPolicy policy() {
    return policy;
  }

  /**
   * Calls {@code call}, request {@code operation} on {@code target}, until it succeeds, throws
   * something other than {@link StoreUnavailableException}, or the attempts run out; then throws
   * the last failure.
   */
  public <T> T call(String operation, Object target, Supplier<T> call) {
    String description = operation + " " + target;
    StoreUnavailableException last = null;
    for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
      sleep(policy.delayBefore(attempt), description, last);
      try {
        return call.get();
      } catch (StoreUnavailableException e) {
        last = e;
        listener.attemptFailed(operation, attempt < policy.maxAttempts(), e);
      }
    }
    throw new StoreUnavailableException(
        description + " failed after " + policy.maxAttempts() + " attempt(s): " + last.getMessage(),
        last);
  }

  private static void sleep(Duration delay, String description, Exception last) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreUnavailableException(
          description + " interrupted while waiting to retry", last);
    }
  }
}
