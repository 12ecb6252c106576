package io.tierline.costanalyzer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RetentionTest {

  @Test
  void ofKafka_minusOne_isUnlimited() {
    assertThat(Retention.ofKafka(-1, -1).isUnlimited()).isTrue();
    assertThat(Retention.ofKafka(1000, -1).ms()).hasValue(1000);
  }

  @Test
  void localOfKafka_minusTwo_takesEachKeyFromRetention() {
    Retention total = Retention.ofKafka(5000, 1 << 20);

    assertThat(Retention.localOfKafka(-2, -2, total)).isEqualTo(total);
    assertThat(Retention.localOfKafka(1000, -2, total))
        .isEqualTo(new Retention(OptionalLong.of(1000), OptionalLong.of(1 << 20)));
  }

  @Test
  void ofKafka_otherNegative_isRejectedNamingTheKey() {
    assertThatThrownBy(() -> Retention.ofKafka(-5, -1)).hasMessageStartingWith("retentionMs:");
    assertThatThrownBy(() -> Retention.localOfKafka(-2, -3, Retention.unlimited()))
        .hasMessageStartingWith("localRetentionBytes:");
  }

  @Test
  void effectiveMs_sizeFillsFirst_isFillTime() {
    Retention r = Retention.ofKafka(86_400_000, 1000);

    assertThat(r.effectiveMs(10)).isEqualTo(100_000.0);
    assertThat(r.effectiveMs(0)).isEqualTo(86_400_000.0);
  }
}
