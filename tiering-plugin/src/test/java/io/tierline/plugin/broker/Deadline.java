package io.tierline.plugin.broker;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Polls for a condition until it holds or a generous deadline passes; never asserts on time. */
public final class Deadline {
  private Deadline() {}

  /**
   * Waits until {@code condition} holds.
   *
   * @param state describes what was seen, for the failure message
   */
  public static void await(
      String what, Duration limit, CheckedCondition condition, Supplier<String> state)
      throws Exception {
    Instant deadline = Instant.now().plus(limit);
    while (!condition.holds()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "Gave up after " + limit + " waiting until " + what + "; " + state.get());
      }
      Thread.sleep(500);
    }
  }

  /**
   * As {@link #await}, but a condition that throws counts as not holding yet (a topic whose
   * metadata has not reached every broker, a broker that restarts); the last such error is in the
   * failure message.
   */
  public static void awaitTolerant(
      String what, Duration limit, CheckedCondition condition, Supplier<String> state)
      throws Exception {
    java.util.concurrent.atomic.AtomicReference<Exception> last =
        new java.util.concurrent.atomic.AtomicReference<>();
    await(
        what,
        limit,
        () -> {
          try {
            return condition.holds();
          } catch (InterruptedException e) {
            throw e;
          } catch (Exception e) {
            last.set(e);
            return false;
          }
        },
        () -> state.get() + (last.get() == null ? "" : "; last error: " + last.get()));
  }

  /** A condition that may fail to evaluate. */
  @FunctionalInterface
  public interface CheckedCondition {
    boolean holds() throws Exception;
  }
}
