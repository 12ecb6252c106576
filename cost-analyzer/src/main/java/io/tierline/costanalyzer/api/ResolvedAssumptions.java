package io.tierline.costanalyzer.api;

/**
 * The assumptions an estimate used, with the defaults and catalog prices filled in. Sent back as a
 * request's {@code assumptions}, it reproduces the answer. {@code objectStoragePricePerGbMonth} is
 * the average price per GB-month at the estimated volume when the storage class is priced in volume
 * tiers. The multipart part size is not listed: it is the fewest whole chunks that reach {@code
 * minPartBytes}.
 */
public record ResolvedAssumptions(
    String priceCatalog,
    String diskType,
    String objectStorageClass,
    String instanceType,
    double diskPricePerGbMonth,
    double objectStoragePricePerGbMonth,
    double objectRetrievalPricePerGb,
    double objectMinimumDurationDays,
    double crossAzPricePerGb,
    double putPricePer1000,
    double getPricePer1000,
    long gigabyteBytes,
    double hoursPerMonth,
    double diskFreeFraction,
    int availabilityZones,
    boolean zoneAwareProducers,
    boolean followerFetching,
    long chunkBytes,
    long minPartBytes,
    int indexObjectsPerSegment,
    int manifestObjectsPerSegment,
    double cacheHitRatio) {}
