package io.tierline.costanalyzer.pricing;

/** Object-storage request prices per 1,000 requests. */
public record RequestPrices(Double putPer1000, Double getPer1000, String source, String date) {
  public RequestPrices {
    Provenance.price("putPer1000", putPer1000);
    Provenance.price("getPer1000", getPer1000);
    Provenance.check(source, date);
  }
}
