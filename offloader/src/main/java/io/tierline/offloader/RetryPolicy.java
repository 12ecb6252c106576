package io.tierline.offloader;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a backend retries a request that failed for a reason that may pass (a 5xx, a 503 SlowDown, a
 * reset connection, a timeout). Other failures, such as a 4xx, are never retried.
 *
 * <p>Delays grow exponentially from {@code baseDelay}, are capped at {@code maxDelay}, and are
 * drawn at random below that bound ("full jitter"), so that many clients do not retry in step.
 *
 * @param maxAttempts total attempts, the first one included; 1 means no retry
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
  public RetryPolicy {
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
    }
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException(
          "need 0 <= baseDelay <= maxDelay: " + baseDelay + ", " + maxDelay);
    }
  }

  /** Four attempts, 100 ms base delay, 5 s cap. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(5));
  }

  /** A single attempt. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
  }

  /** As the docs show it: "4 attempts, 100 ms base, 5000 ms cap". */
  @Override
  public String toString() {
    return maxAttempts
        + " attempts, "
        + baseDelay.toMillis()
        + " ms base, "
        + maxDelay.toMillis()
        + " ms cap";
  }

  /** The randomized delay before attempt {@code attempt} (2 for the first retry). */
  public Duration delayBefore(int attempt) {
    if (attempt < 2) {
      return Duration.ZERO;
    }
    long base = baseDelay.toMillis();
    long exp = base << Math.min(attempt - 2, 20);
    long cap = Math.min(maxDelay.toMillis(), exp < 0 ? Long.MAX_VALUE : exp);
    return Duration.ofMillis(cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap + 1));
  }
}
