package io.tierline.costanalyzer.model;

/**
 * How the model turns bytes into money, apart from prices: units, the month, how full disks run, the
 * zone layout, and the tiering plugin's object layout. Every field has a documented default
 * ({@link #defaults()}); the README's assumptions table is generated from {@link AssumptionDocs}.
 *
 * @param gigabyteBytes bytes in the gigabyte that prices are quoted in: 2^30 as cloud bills measure it, or 10^9
 * @param hoursPerMonth hours in a billed month
 * @param diskFreeFraction share of each disk kept empty; provisioned disk = local bytes ÷ (1 − this)
 * @param availabilityZones zones the brokers and clients are spread over
 * @param zoneAwareProducers producers write to a leader in their own zone
 * @param followerFetching consumers read from a replica in their own zone (KIP-392)
 * @param chunkBytes the plugin's chunk size; parts hold whole chunks and reads fetch chunks
 * @param minPartBytes the smallest multipart part S3 accepts (except the last)
 * @param indexObjectsPerSegment objects the plugin writes per segment for the indexes
 * @param manifestObjectsPerSegment objects the plugin writes per segment for the manifest
 * @param cacheHitRatio share of remote chunk reads served from the plugin's cache
 */
public record Assumptions(
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
    double cacheHitRatio) {

  public static final long BINARY_GIGABYTE = 1L << 30;
  public static final long DECIMAL_GIGABYTE = 1_000_000_000L;
  private static final long MIB = 1L << 20;

  public Assumptions {
    Checks.positive("gigabyteBytes", gigabyteBytes);
    Checks.positive("hoursPerMonth", hoursPerMonth);
    Checks.fraction("diskFreeFraction", diskFreeFraction, false);
    Checks.positive("availabilityZones", availabilityZones);
    Checks.positive("chunkBytes", chunkBytes);
    Checks.positive("minPartBytes", minPartBytes);
    Checks.notNegative("indexObjectsPerSegment", indexObjectsPerSegment);
    Checks.notNegative("manifestObjectsPerSegment", manifestObjectsPerSegment);
    Checks.fraction("cacheHitRatio", cacheHitRatio, true);
  }

  /** The defaults: binary gigabytes, 730-hour months, half-empty disks, three zones, the plugin's layout. */
  public static Assumptions defaults() {
    return new Assumptions(BINARY_GIGABYTE, 730, 0.5, 3, false, false, 4 * MIB, 5 * MIB, 1, 1, 0.0);
  }

  public double secondsPerMonth() {
    return hoursPerMonth * 3600.0;
  }

  /** Multipart part size: the smallest whole number of chunks that reaches S3's minimum part. */
  public long partBytes() {
    long chunks = (minPartBytes + chunkBytes - 1) / chunkBytes;
    return chunks * chunkBytes;
  }

  public Assumptions withFollowerFetching(boolean enabled) {
    return new Assumptions(gigabyteBytes, hoursPerMonth, diskFreeFraction, availabilityZones,
        zoneAwareProducers, enabled, chunkBytes, minPartBytes, indexObjectsPerSegment,
        manifestObjectsPerSegment, cacheHitRatio);
  }

  public Assumptions withAvailabilityZones(int zones) {
    return new Assumptions(gigabyteBytes, hoursPerMonth, diskFreeFraction, zones,
        zoneAwareProducers, followerFetching, chunkBytes, minPartBytes, indexObjectsPerSegment,
        manifestObjectsPerSegment, cacheHitRatio);
  }
}
