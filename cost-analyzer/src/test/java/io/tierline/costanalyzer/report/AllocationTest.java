package io.tierline.costanalyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class AllocationTest {

  @Test
  void of_thirds_addUpToTheWholeWithTheLeftOverUnitFirst() {
    List<BigDecimal> parts = Allocation.of(new BigDecimal("10.00"), List.of(1.0, 1.0, 1.0), 2);

    assertThat(parts)
        .containsExactly(new BigDecimal("3.34"), new BigDecimal("3.33"), new BigDecimal("3.33"));
  }

  @Test
  void of_noPositiveWeight_sharesEqually() {
    assertThat(Allocation.of(new BigDecimal("4"), List.of(0.0, -1.0), 0))
        .containsExactly(new BigDecimal("2"), new BigDecimal("2"));
  }

  @Test
  void of_manyUnevenWeights_partsOnTheGridAddUpExactly() {
    // Broker-hours shared over a thousand topics of very different sizes.
    SplittableRandom random = new SplittableRandom(16);
    List<Double> weights =
        DoubleStream.generate(() -> Math.pow(10, random.nextDouble(-6, 3)))
            .limit(1_000)
            .boxed()
            .toList();
    BigDecimal total = new BigDecimal("4380.000000");

    List<BigDecimal> parts = Allocation.of(total, weights, 6);

    assertThat(parts).hasSize(1_000).allSatisfy(p -> assertThat(p.scale()).isEqualTo(6));
    assertThat(parts).allSatisfy(p -> assertThat(p.signum()).isNotNegative());
    assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
  }
}
