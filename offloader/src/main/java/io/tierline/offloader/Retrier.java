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

  public Retrier(RetryPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  public RetryPolicy policy() {
    return policy;
  }

  /**
   * Calls {@code call} until it succeeds, throws something other than {@link
   * StoreUnavailableException}, or the attempts run out; then throws the last failure.
   */
  public <T> T call(String description, Supplier<T> call) {
    StoreUnavailableException last = null;
    for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
      sleep(policy.delayBefore(attempt), description, last);
      try {
        return call.get();
      } catch (StoreUnavailableException e) {
        last = e;
      }
    }
    throw new StoreUnavailableException(
        description + " failed after " + policy.maxAttempts() + " attempt(s): " + last.getMessage(),
        last);
  }

  /** As {@link #call(String, Supplier)} for calls without a result. */
  public void run(String description, Runnable call) {
    call(
        description,
        () -> {
          call.run();
          return null;
        });
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
