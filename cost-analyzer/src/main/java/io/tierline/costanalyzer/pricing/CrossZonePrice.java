package io.tierline.costanalyzer.pricing;

/**
 * The price of one GB crossing between zones, both directions' fees together (AWS: $0.01 out +
 * $0.01 in).
 */
public record CrossZonePrice(Double pricePerGb, String source, String date) {
  public CrossZonePrice {
    Provenance.price("pricePerGb", pricePerGb);
    Provenance.check(source, date);
  }
}
