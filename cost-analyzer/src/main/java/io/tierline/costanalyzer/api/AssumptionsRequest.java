package io.tierline.costanalyzer.api;

/**
 * Assumptions and price choices of an estimate request; each absent field takes the configured
 * default. An explicit price overrides the catalog's. With an {@code instanceType} of the catalog,
 * the answer also sizes and prices the brokers.
 */
public record AssumptionsRequest(
    String priceCatalog,
    String diskType,
    String objectStorageClass,
    String instanceType,
    Double diskPricePerGbMonth,
    Double objectStoragePricePerGbMonth,
    Double objectRetrievalPricePerGb,
    Double objectMinimumDurationDays,
    Double crossAzPricePerGb,
    Double putPricePer1000,
    Double getPricePer1000,
    Long gigabyteBytes,
    Double hoursPerMonth,
    Double diskFreeFraction,
    Integer availabilityZones,
    Boolean zoneAwareProducers,
    Boolean followerFetching,
    Long chunkBytes,
    Long minPartBytes,
    Integer indexObjectsPerSegment,
    Integer manifestObjectsPerSegment,
    Double cacheHitRatio) {

  public static final AssumptionsRequest NONE =
      new AssumptionsRequest(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null, null);

  public AssumptionsRequest {
    price("diskPricePerGbMonth", diskPricePerGbMonth);
    price("objectStoragePricePerGbMonth", objectStoragePricePerGbMonth);
    price("objectRetrievalPricePerGb", objectRetrievalPricePerGb);
    price("objectMinimumDurationDays", objectMinimumDurationDays);
    price("crossAzPricePerGb", crossAzPricePerGb);
    price("putPricePer1000", putPricePer1000);
    price("getPricePer1000", getPricePer1000);
  }

  private static void price(String field, Double value) {
    if (value != null && !(value >= 0)) {
      throw new IllegalArgumentException(field + ": must be a price >= 0, was " + value);
    }
  }
}
