package io.tierline.costanalyzer.pricing;

/** A broker disk type and its price per GB-month provisioned. */
public record DiskType(Double pricePerGbMonth, String source, String date) {
  public DiskType {
    Provenance.price("pricePerGbMonth", pricePerGbMonth);
    Provenance.check(source, date);
  }
}
