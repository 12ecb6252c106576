package io.tierline.offloader.segment.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class UploadRateLimiterTest {
  @Test
  void acquire_burstAtOneInstant_isSpreadAtTheConfiguredRate() {
    List<Long> sleeps = new ArrayList<>();
    UploadRateLimiter limiter = new UploadRateLimiter(1000, () -> 0L, sleeps::add);
    limiter.acquire(1000);
    limiter.acquire(1000);
    limiter.acquire(500);
    assertThat(sleeps).containsExactly(1_000_000_000L, 2_000_000_000L);
  }

  @Test
  void acquire_afterAnIdlePeriod_doesNotWait() {
    List<Long> sleeps = new ArrayList<>();
    long[] now = {0};
    UploadRateLimiter limiter = new UploadRateLimiter(1000, () -> now[0], sleeps::add);
    limiter.acquire(1000);
    now[0] = 5_000_000_000L;
    limiter.acquire(1000);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void of_noLimit_isNone() {
    assertThat(UploadRateLimiter.of(OptionalLong.empty())).isNull();
  }
}
