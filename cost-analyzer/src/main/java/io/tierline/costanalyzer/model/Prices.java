package io.tierline.costanalyzer.model;

/**
 * The unit prices the model applies, resolved from a catalog and the caller's overrides. Prices per
 * GB use the gigabyte of {@link Assumptions#gigabyteBytes()}.
 *
 * @param diskPerGbMonth provisioned broker disk
 * @param objectStorage object storage, possibly in volume tiers
 * @param objectRetrievalPerGb retrieval fee of the storage class (infrequent-access classes)
 * @param objectMinimumDurationDays the storage class bills each object for at least this long
 * @param crossAzPerGb one byte crossing between zones (both directions' fees together)
 * @param putPer1000 PUT, POST and multipart requests
 * @param getPer1000 GET requests
 */
public record Prices(
    double diskPerGbMonth,
    TieredRate objectStorage,
    double objectRetrievalPerGb,
    double objectMinimumDurationDays,
    double crossAzPerGb,
    double putPer1000,
    double getPer1000) {

  public Prices {
    Checks.notNegative("diskPerGbMonth", diskPerGbMonth);
    Checks.required("objectStorage", objectStorage);
    Checks.notNegative("objectRetrievalPerGb", objectRetrievalPerGb);
    Checks.notNegative("objectMinimumDurationDays", objectMinimumDurationDays);
    Checks.notNegative("crossAzPerGb", crossAzPerGb);
    Checks.notNegative("putPer1000", putPer1000);
    Checks.notNegative("getPer1000", getPer1000);
  }

  /**
   * The same prices with object storage at one flat rate (for example a cluster's blended rate).
   */
  public Prices withFlatObjectStorage(double perGbMonth) {
    return new Prices(
        diskPerGbMonth,
        TieredRate.flat(perGbMonth),
        objectRetrievalPerGb,
        objectMinimumDurationDays,
        crossAzPerGb,
        putPer1000,
        getPer1000);
  }
}
