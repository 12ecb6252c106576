package io.tierline.costanalyzer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TieredRateTest {

  private final TieredRate s3Standard =
      new TieredRate(
          List.of(
              new TieredRate.Tier(51_200, 0.023),
              new TieredRate.Tier(512_000, 0.022),
              new TieredRate.Tier(Double.POSITIVE_INFINITY, 0.021)));

  @Test
  void monthlyCost_withinFirstTier_isFlat() {
    assertThat(s3Standard.monthlyCost(1000)).isCloseTo(23.0, within(1e-9));
  }

  @Test
  void monthlyCost_acrossTiers_pricesEachBandAtItsRate() {
    double expected = 51_200 * 0.023 + (512_000 - 51_200) * 0.022 + 88_000 * 0.021;

    assertThat(s3Standard.monthlyCost(600_000)).isCloseTo(expected, within(1e-6));
    assertThat(s3Standard.averagePrice(600_000)).isCloseTo(expected / 600_000, within(1e-12));
  }

  @Test
  void averagePrice_zeroVolume_isTheFirstTier() {
    assertThat(s3Standard.averagePrice(0)).isEqualTo(0.023);
  }

  @Test
  void constructor_boundsNotIncreasingOrLastBounded_isRejected() {
    assertThatThrownBy(
            () -> new TieredRate(List.of(new TieredRate.Tier(100, 1), new TieredRate.Tier(50, 1))))
        .hasMessageStartingWith("tiers:");
    assertThatThrownBy(() -> new TieredRate(List.of(new TieredRate.Tier(100, 1))))
        .hasMessageContaining("last tier");
  }
}
