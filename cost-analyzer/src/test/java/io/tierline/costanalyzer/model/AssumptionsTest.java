package io.tierline.costanalyzer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AssumptionsTest {

  @Test
  void defaults_areBinaryGigabytesAnd730HourMonths() {
    Assumptions a = Assumptions.defaults();

    assertThat(a.gigabyteBytes()).isEqualTo(1L << 30);
    assertThat(a.secondsPerMonth()).isEqualTo(730 * 3600.0);
  }

  @Test
  void constructor_badValues_nameTheField() {
    assertThatThrownBy(() -> new Assumptions(0, 730, 0.5, 3, false, false, 1, 1, 1, 1, 0))
        .hasMessageStartingWith("gigabyteBytes:");
    assertThatThrownBy(() -> new Assumptions(1, 730, 1.0, 3, false, false, 1, 1, 1, 1, 0))
        .hasMessageStartingWith("diskFreeFraction:");
    assertThatThrownBy(() -> new Assumptions(1, 730, 0.5, 0, false, false, 1, 1, 1, 1, 0))
        .hasMessageStartingWith("availabilityZones:")
        .hasMessageContaining("was 0");
    assertThatThrownBy(() -> new Assumptions(1, 730, 0.5, 3, false, false, 1, 1, 1, 1, 1.5))
        .hasMessageStartingWith("cacheHitRatio:");
  }
}
