package io.tierline.costanalyzer.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Shares out a quantity in proportion to weights, each part on the same decimal grid, so that the
 * parts add up to the whole exactly (largest remainder): a cluster's broker-hours over its topics,
 * a volume tier's gigabytes over the topics that fill it.
 */
final class Allocation {

  private Allocation() {}

  /**
   * The parts of {@code total}, one per weight, at {@code scale} decimals. Negative weights count
   * as zero; when no weight is positive the parts are equal.
   */
  static List<BigDecimal> of(BigDecimal total, List<Double> weights, int scale) {
    int n = weights.size();
    if (n == 0) {
      return List.of();
    }
    BigInteger units = total.setScale(scale, RoundingMode.HALF_EVEN).unscaledValue();
    double sum = weights.stream().mapToDouble(w -> Math.max(0, w)).sum();
    List<Double> shares = new ArrayList<>(n);
    for (double w : weights) {
      shares.add(sum > 0 ? Math.max(0, w) / sum : 1.0 / n);
    }
    BigDecimal[] exact = new BigDecimal[n];
    BigInteger[] parts = new BigInteger[n];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      exact[i] = new BigDecimal(units).multiply(BigDecimal.valueOf(shares.get(i)));
      parts[i] = exact[i].toBigInteger();
      given = given.add(parts[i]);
    }
    // The units left over go to the largest remainders, earlier parts first on a tie.
    int left = units.subtract(given).intValueExact();
    List<Integer> order =
        IntStream.range(0, n)
            .boxed()
            .sorted(
                Comparator.comparing(
                        (Integer i) -> exact[i].subtract(new BigDecimal(parts[i])),
                        Comparator.reverseOrder())
                    .thenComparing(i -> i))
            .toList();
    for (int k = 0; k < left; k++) {
      int i = order.get(k % n);
      parts[i] = parts[i].add(BigInteger.ONE);
    }
    // Shares that add up to a hair over 1 in binary can hand out a unit too many: take it back
    // from the smallest remainders.
    for (int k = n - 1; left < 0; k = (k + n - 1) % n) {
      int i = order.get(k);
      if (parts[i].signum() > 0) {
        parts[i] = parts[i].subtract(BigInteger.ONE);
        left++;
      }
    }
    List<BigDecimal> out = new ArrayList<>(n);
    for (BigInteger part : parts) {
      out.add(new BigDecimal(part, scale));
    }
    return out;
  }
}
