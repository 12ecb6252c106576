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
 * @param minimumObjectKb each object is billed for at least this many KiB (absent: none)
 * @param monitoringPer1000Objects a monthly fee per 1,000 objects of at least {@code
 *     minimumObjectKb} (S3 Intelligent-Tiering's monitoring; absent: none)
 * @param ageTiers prices that apply once data is this many days old and unread, in place of {@code
 *     tiers} (S3 Intelligent-Tiering's access tiers; absent: none)
 */
public record ObjectStorageClass(
    List<PriceTier> tiers,
    Double retrievalPerGb,
    Double minimumDurationDays,
    boolean infrequentAccess,
    RequestPrices requests,
    Double minimumObjectKb,
    Double monitoringPer1000Objects,
    List<AgeTier> ageTiers,
    String source,
    String date) {

  /** The price of data at least {@code afterDays} old. */
  public record AgeTier(Double afterDays, Double pricePerGbMonth) {
    public AgeTier {
      Provenance.price("afterDays", afterDays);
      Provenance.price("pricePerGbMonth", pricePerGbMonth);
    }
  }

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
    minimumObjectKb = minimumObjectKb == null ? 0.0 : minimumObjectKb;
    monitoringPer1000Objects = monitoringPer1000Objects == null ? 0.0 : monitoringPer1000Objects;
    ageTiers = ageTiers == null ? List.of() : List.copyOf(ageTiers);
    Provenance.price("minimumObjectKb", minimumObjectKb);
    Provenance.price("monitoringPer1000Objects", monitoringPer1000Objects);
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
