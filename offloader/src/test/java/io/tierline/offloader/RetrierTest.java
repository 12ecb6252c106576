package io.tierline.offloader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetrierTest {
  private final Retrier retrier =
      new Retrier(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2)));

  @Test
  void call_unavailableThenSuccess_retries() {
    AtomicInteger calls = new AtomicInteger();
    String result =
        retrier.call(
            "GET",
            "k",
            () -> {
              if (calls.incrementAndGet() < 3) {
                throw new StoreUnavailableException("503 SlowDown");
              }
              return "ok";
            });
    assertThat(result).isEqualTo("ok");
    assertThat(calls).hasValue(3);
  }

  @Test
  void call_alwaysUnavailable_givesUpAfterMaxAttempts() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                retrier.call(
                    "GET",
                    "k",
                    () -> {
                      calls.incrementAndGet();
                      throw new StoreUnavailableException("connection reset");
                    }))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("GET k failed after 3 attempt(s)")
        .hasMessageContaining("connection reset");
    assertThat(calls).hasValue(3);
  }

  @Test
  void call_notFoundOrOtherClientError_isNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                retrier.call(
                    "GET",
                    "k",
                    () -> {
                      calls.incrementAndGet();
                      throw new ObjectNotFoundException("404");
                    }))
        .isInstanceOf(ObjectNotFoundException.class);
    assertThatThrownBy(
            () ->
                retrier.call(
                    "PUT",
                    "k",
                    () -> {
                      calls.incrementAndGet();
                      throw new ObjectStoreException("403 AccessDenied");
                    }))
        .isExactlyInstanceOf(ObjectStoreException.class);
    assertThat(calls).hasValue(2);
  }

  @Test
  void call_tellsTheListenerOfEveryFailedAttemptAndWhetherAnotherFollows() {
    List<String> heard = new ArrayList<>();
    Retrier observed =
        new Retrier(
            new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2)),
            (operation, retrying, error) ->
                heard.add(operation + " " + retrying + " " + error.getMessage()));
    AtomicInteger calls = new AtomicInteger();

    observed.call(
        "GET",
        "k",
        () -> {
          if (calls.incrementAndGet() < 2) {
            throw new StoreUnavailableException("read timed out");
          }
          return "ok";
        });
    assertThatThrownBy(
            () ->
                observed.call(
                    "PUT",
                    "k",
                    () -> {
                      throw new StoreUnavailableException("503 SlowDown");
                    }))
        .isInstanceOf(StoreUnavailableException.class);
    assertThatThrownBy(
            () ->
                observed.call(
                    "GET",
                    "k",
                    () -> {
                      throw new ObjectNotFoundException("404");
                    }))
        .isInstanceOf(ObjectNotFoundException.class);

    assertThat(heard)
        .containsExactly(
            "GET true read timed out",
            "PUT true 503 SlowDown",
            "PUT true 503 SlowDown",
            "PUT false 503 SlowDown");
  }

  @Test
  void delayBefore_staysWithinTheExponentialBoundAndTheCap() {
    RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(1000));
    assertThat(policy.delayBefore(1)).isZero();
    for (int i = 0; i < 200; i++) {
      assertThat(policy.delayBefore(2).toMillis()).isBetween(0L, 100L);
      assertThat(policy.delayBefore(3).toMillis()).isBetween(0L, 200L);
      assertThat(policy.delayBefore(9).toMillis()).isBetween(0L, 1000L);
    }
  }

  @Test
  void retryPolicy_invalidValues_areRejectedByName() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessageContaining("baseDelay");
  }

  @Test
  void accessKeyCredentials_toString_hidesTheSecret() {
    assertThat(AccessKeyCredentials.of("AKIA1", "s3cr3t-value").toString())
        .contains("AKIA1")
        .doesNotContain("s3cr3t-value");
  }
}
