package io.tierline.offloader.testing;

import io.tierline.offloader.s3.S3ObjectStore;
import io.tierline.offloader.segment.SegmentCoordinates;
import io.tierline.offloader.segment.SegmentSource;
import io.tierline.offloader.segment.SegmentStore;
import io.tierline.offloader.segment.SegmentStoreSettings;
import io.tierline.offloader.segment.SegmentStores;
import io.tierline.offloader.segment.format.Compression;
import io.tierline.offloader.segment.format.SegmentManifest;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Stores a generated segment through the S3 store and reads it back whole, in whatever heap the JVM
 * was given. Run by {@code LargeSegmentMemoryIT} in a JVM with a small heap.
 *
 * <p>Arguments: endpoint, bucket, work directory, size in bytes, seed, and optionally {@code
 * defaults} to use the shipped settings. Prints {@code VERIFIED length=<n> crc32c=<hex>} and exits
 * 0 when the bytes read back are the bytes written.
 */
public final class LargeSegmentRoundTrip {
  private LargeSegmentRoundTrip() {}

  public static void main(String[] args) throws Exception {
    URI endpoint = URI.create(args[0]);
    Path dir = Path.of(args[2]);
    long size = Long.parseLong(args[3]);
    long seed = Long.parseLong(args[4]);
    Path log = dir.resolve("large.log");
    RandomData.Digest written = RandomData.write(log, size, seed);
    SegmentCoordinates segment = new SegmentCoordinates("large", "L4rGe", 0, 0, "once");
    // "defaults": the settings as shipped; otherwise zstd with 16 MiB of cache and read-ahead.
    boolean defaults = args.length > 5 && args[5].equals("defaults");
    SegmentStoreSettings settings =
        defaults
            ? SegmentStoreSettings.defaults()
            : SegmentStoreSettings.defaults()
                .withCompression(Compression.ZSTD)
                .withCacheMaxBytes(16 << 20)
                .withReadAheadMaxBytes(16 << 20);
    try (SegmentStore segments =
        SegmentStores.create(S3ObjectStore.create(S3Fixtures.s3Settings(endpoint)), settings)) {
      SegmentManifest manifest = segments.upload(segment, new SegmentSource(log, Map.of()));
      Files.delete(log);
      System.out.println(
          "uploaded "
              + manifest.originalSize()
              + " bytes in "
              + manifest.chunks().size()
              + " chunks, heap limit "
              + (Runtime.getRuntime().maxMemory() >> 20)
              + " MiB");
      RandomData.Digest read;
      try (InputStream in = segments.openLog(segment, 0)) {
        read = RandomData.digest(in);
      }
      if (!read.equals(written)) {
        System.out.println("MISMATCH wrote " + written + " read " + read);
        System.exit(1);
      }
      System.out.printf("VERIFIED length=%d crc32c=%08x%n", read.length(), read.crc32c());
    }
  }
}
