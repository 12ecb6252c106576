package io.tierline.costanalyzer.model;

import io.tierline.settingsdocs.Setting;

/**
 * How the model turns bytes into money, apart from prices: units, the month, how full disks run,
 * the zone layout, and the tiering plugin's object layout. Every field has a documented default
 * ({@link #defaults()}), described where it is declared for the settings table in {@code
 * docs/cost-analyzer.md}.
 */
public record Assumptions(
    @Setting(
            "the GB prices are quoted in: 2^30 as cloud bills measure, 10^9 for published"
                + " calculators")
        long gigabyteBytes,
    @Setting("hours in a billed month") double hoursPerMonth,
    @Setting("share of each broker disk kept empty; provisioned = local ÷ (1 − this)")
        double diskFreeFraction,
    @Setting("zones of brokers and clients (analyze: the number of broker racks, if given)")
        int availabilityZones,
    @Setting("producers write to a leader in their own zone") boolean zoneAwareProducers,
    @Setting("consumers read from a replica in their zone (KIP-392)") boolean followerFetching,
    @Setting("the plugin's chunk: parts hold whole chunks, reads fetch chunks") long chunkBytes,
    @Setting(
            "S3's smallest multipart part; the part is the fewest whole chunks reaching it (8 MiB)")
        long minPartBytes,
    @Setting("index objects the plugin writes per segment, and GETs for each segment read")
        int indexObjectsPerSegment,
    @Setting("manifest objects the plugin writes per segment (written last; read from memory)")
        int manifestObjectsPerSegment,
    @Setting("share of remote chunk reads the plugin's cache serves without a GET")
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

  /**
   * The defaults: binary gigabytes, 730-hour months, half-empty disks, three zones, the plugin's
   * layout.
   */
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
    return new Assumptions(
        gigabyteBytes,
        hoursPerMonth,
        diskFreeFraction,
        availabilityZones,
        zoneAwareProducers,
        enabled,
        chunkBytes,
        minPartBytes,
        indexObjectsPerSegment,
        manifestObjectsPerSegment,
        cacheHitRatio);
  }

  public Assumptions withAvailabilityZones(int zones) {
    return new Assumptions(
        gigabyteBytes,
        hoursPerMonth,
        diskFreeFraction,
        zones,
        zoneAwareProducers,
        followerFetching,
        chunkBytes,
        minPartBytes,
        indexObjectsPerSegment,
        manifestObjectsPerSegment,
        cacheHitRatio);
  }
}
