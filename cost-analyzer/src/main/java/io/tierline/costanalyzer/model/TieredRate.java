package io.tierline.costanalyzer.model;

import java.util.List;

/**
 * A price per GB-month that falls with volume, such as S3 Standard's $0.023 for the first 50 TB,
 * $0.022 for the next 450 TB and $0.021 above. Each tier applies to the gigabytes within its band.
 */
public record TieredRate(List<Tier> tiers) {

  /**
   * One band of a tiered price.
   *
   * @param upToGb the band's upper bound in GB, inclusive; {@code Double.POSITIVE_INFINITY} for the
   *     last band
   * @param perGbMonth the price of each GB-month within the band
   */
  public record Tier(double upToGb, double perGbMonth) {
    public Tier {
      Checks.positive("upToGb", upToGb == Double.POSITIVE_INFINITY ? 1 : upToGb);
      Checks.notNegative("pricePerGbMonth", perGbMonth);
    }
  }

  public TieredRate {
    tiers = List.copyOf(Checks.required("tiers", tiers));
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("tiers: must hold at least one price");
    }
    double previous = 0;
    for (Tier t : tiers) {
      if (t.upToGb() <= previous) {
        throw new IllegalArgumentException(
            "tiers: upper bounds must increase, " + t.upToGb() + " after " + previous);
      }
      previous = t.upToGb();
    }
    if (previous != Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("tiers: the last tier must have no upper bound");
    }
  }

  public static TieredRate flat(double perGbMonth) {
    return new TieredRate(List.of(new Tier(Double.POSITIVE_INFINITY, perGbMonth)));
  }

  /** The monthly cost of storing {@code gb} gigabytes. */
  public double monthlyCost(double gb) {
    double cost = 0;
    double lower = 0;
    for (Tier t : tiers) {
      if (gb <= lower) {
        break;
      }
      cost += (Math.min(gb, t.upToGb()) - lower) * t.perGbMonth();
      lower = t.upToGb();
    }
    return cost;
  }

  /**
   * The average price per GB-month at a volume: what each GB costs when the volume is shared out.
   */
  public double averagePrice(double gb) {
    return gb > 0 ? monthlyCost(gb) / gb : tiers.get(0).perGbMonth();
  }
}
