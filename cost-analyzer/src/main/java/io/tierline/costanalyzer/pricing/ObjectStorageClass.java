package io.tierline.costanalyzer.pricing;

import io.tierline.costanalyzer.model.TieredRate;
import java.util.ArrayList;
import java.util.List;

/**
 * An object storage class: its storage price (in volume tiers, the last without an upper bound),
 * its retrieval fee, and the minimum duration it bills each object for.
 *
 * @param infrequentAccess whether the class is meant for rarely read data (the recommender may pick
 *     it)
 * @param requests the class's own request prices, where they differ from the catalog's (S3
 *     Standard-IA's do)
 */
public record ObjectStorageClass(
    List<PriceTier> tiers,
    Double retrievalPerGb,
    Double minimumDurationDays,
    boolean infrequentAccess,
    RequestPrices requests,
    String source,
    String date) {

  /** One volume band; {@code upToGb} absent on the last band. */
  public record PriceTier(Double upToGb, Double pricePerGbMonth) {
    public PriceTier {
      Provenance.price("pricePerGbMonth", pricePerGbMonth);
      if (upToGb != null && !(upToGb > 0)) {
        throw new IllegalArgumentException("upToGb: must be > 0, was " + upToGb);
      }
    }
  }

  public ObjectStorageClass {
    if (tiers == null || tiers.isEmpty()) {
      throw new IllegalArgumentException(
          "tiers: is required (at least one {pricePerGbMonth: ...})");
    }
    tiers = List.copyOf(tiers);
    Provenance.price("retrievalPerGb", retrievalPerGb);
    Provenance.price("minimumDurationDays", minimumDurationDays);
    Provenance.check(source, date);
    rate(tiers);
  }

  public TieredRate rate() {
    return rate(tiers);
  }

  private static TieredRate rate(List<PriceTier> tiers) {
    List<TieredRate.Tier> out = new ArrayList<>();
    for (PriceTier t : tiers) {
      double upTo = t.upToGb() == null ? Double.POSITIVE_INFINITY : t.upToGb();
      out.add(new TieredRate.Tier(upTo, t.pricePerGbMonth()));
    }
    return new TieredRate(out);
  }
}
