package io.tierline.costanalyzer.model;

import java.util.List;

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
 * @param objectMinimumBytes the storage class bills each object for at least this many bytes
 * @param objectMonitoringPer1000 a monthly fee per 1,000 objects of at least {@code
 *     objectMinimumBytes} (S3 Intelligent-Tiering)
 * @param objectAgeTiers prices that replace {@code objectStorage} for data at least so many days
 *     old, in increasing age (S3 Intelligent-Tiering's access tiers)
 */
public record Prices(
    double diskPerGbMonth,
    TieredRate objectStorage,
    double objectRetrievalPerGb,
    double objectMinimumDurationDays,
    double crossAzPerGb,
    double putPer1000,
    double getPer1000,
    double objectMinimumBytes,
    double objectMonitoringPer1000,
    List<AgeTier> objectAgeTiers) {

  /** Data at least {@code afterDays} old costs {@code pricePerGbMonth}. */
  public record AgeTier(double afterDays, double pricePerGbMonth) {
    public AgeTier {
      Checks.notNegative("afterDays", afterDays);
      Checks.notNegative("pricePerGbMonth", pricePerGbMonth);
    }
  }

  /** Prices of a class without minimum object size, monitoring fee or age tiers. */
  public Prices(
      double diskPerGbMonth,
      TieredRate objectStorage,
      double objectRetrievalPerGb,
      double objectMinimumDurationDays,
      double crossAzPerGb,
      double putPer1000,
      double getPer1000) {
    this(
        diskPerGbMonth,
        objectStorage,
        objectRetrievalPerGb,
        objectMinimumDurationDays,
        crossAzPerGb,
        putPer1000,
        getPer1000,
        0,
        0,
        List.of());
  }

  public Prices {
    Checks.notNegative("objectMinimumBytes", objectMinimumBytes);
    Checks.notNegative("objectMonitoringPer1000", objectMonitoringPer1000);
    objectAgeTiers = List.copyOf(objectAgeTiers);
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
        getPer1000,
        objectMinimumBytes,
        objectMonitoringPer1000,
        objectAgeTiers);
  }
}
