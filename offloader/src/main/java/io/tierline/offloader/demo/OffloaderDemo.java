package io.tierline.offloader.demo;

import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectNotFoundException;
import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.SupportsListing;
import io.tierline.offloader.filesystem.FileSystemObjectStore;
import io.tierline.offloader.filesystem.FileSystemStoreSettings;
import io.tierline.offloader.segment.IndexSource;
import io.tierline.offloader.segment.SegmentCoordinates;
import io.tierline.offloader.segment.SegmentSource;
import io.tierline.offloader.segment.SegmentStore;
import io.tierline.offloader.segment.SegmentStoreSettings;
import io.tierline.offloader.segment.SegmentStores;
import io.tierline.offloader.segment.format.Compression;
import io.tierline.offloader.segment.format.IndexType;
import io.tierline.offloader.segment.format.SegmentManifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

/**
 * Offloads a generated log segment to the filesystem backend, reads ranges of it back, checks every
 * byte, and deletes it. Needs no cluster and no cloud account.
 *
 * <p>Usage: {@code java -jar offloader-demo.jar [store directory]}; a temporary directory by
 * default. Exits 1 if any byte read back differs.
 */
public final class OffloaderDemo {
  private static final int SEGMENT_BYTES = 20 << 20;

  private OffloaderDemo() {}

  public static void main(String[] args) throws IOException {
    boolean temporary = args.length == 0;
    Path root = temporary ? Files.createTempDirectory("tierline-demo-store") : Path.of(args[0]);
    Path work = Files.createTempDirectory("tierline-demo-segment");
    byte[] log = recordLikeBytes(SEGMENT_BYTES);
    Path logFile = Files.write(work.resolve("00000000000000001000.log"), log);
    Path offsetIndex =
        Files.write(work.resolve("00000000000000001000.index"), Arrays.copyOf(log, 8192));
    SegmentSource source =
        new SegmentSource(
            logFile,
            Map.of(
                IndexType.OFFSET, IndexSource.file(offsetIndex),
                IndexType.LEADER_EPOCH,
                    IndexSource.bytes(
                        ByteBuffer.wrap("0 1000\n".getBytes(StandardCharsets.UTF_8)))));
    SegmentCoordinates segment =
        new SegmentCoordinates("payments.events", "q7Zk2YwCTa2x0m9Ac1Lw8g", 0, 1000, "demo-1");
    SegmentStoreSettings settings =
        SegmentStoreSettings.defaults().withCompression(Compression.ZSTD).withKeyPrefix("tierline");

    System.out.println("store: filesystem backend at " + root);
    boolean ok = true;
    try (ObjectStore objects = FileSystemObjectStore.create(FileSystemStoreSettings.of(root));
        SegmentStore segments = SegmentStores.create(objects, settings)) {
      SupportsListing listing = (SupportsListing) objects; // an optional ability the filesystem has
      SegmentManifest manifest = segments.upload(segment, source);
      System.out.printf(
          "uploaded %d bytes as %d zstd chunks of %d MiB: %d bytes stored (%.1f%%)%n",
          manifest.originalSize(),
          manifest.chunks().size(),
          manifest.chunkSizeBytes() >> 20,
          manifest.storedSize(),
          100.0 * manifest.storedSize() / manifest.originalSize());
      for (ObjectKey key : listing.list("tierline/")) {
        System.out.println("  object " + key);
      }
      long chunk = manifest.chunkSizeBytes();
      long[][] ranges = {
        {0, log.length - 1}, {0, 99}, {chunk - 10, chunk + 9}, {log.length - 1, log.length - 1}
      };
      for (long[] r : ranges) {
        try (InputStream in = segments.openLog(segment, r[0], r[1])) {
          boolean same =
              Arrays.equals(in.readAllBytes(), Arrays.copyOfRange(log, (int) r[0], (int) r[1] + 1));
          ok &= same;
          System.out.printf("read [%d, %d]: %s%n", r[0], r[1], same ? "verified" : "MISMATCH");
        }
      }
      try (InputStream in = segments.openIndex(segment, IndexType.OFFSET)) {
        boolean same = Arrays.equals(in.readAllBytes(), Files.readAllBytes(offsetIndex));
        ok &= same;
        System.out.println("offset index: " + (same ? "verified" : "MISMATCH"));
      }
      try {
        segments.openIndex(segment, IndexType.TRANSACTION).close();
        ok = false;
      } catch (ObjectNotFoundException expected) {
        System.out.println(
            "transaction index: not found, as expected (" + expected.getMessage() + ")");
      }
      segments.delete(segment);
      segments.delete(segment);
      System.out.println("deleted twice; objects left: " + listing.list("tierline/").size());
    } finally {
      Files.delete(logFile);
      Files.delete(offsetIndex);
      Files.delete(work);
      if (temporary) {
        deleteTree(root);
      }
    }
    System.out.println(ok ? "OK: every byte read back matched" : "FAILED: bytes differ");
    System.exit(ok ? 0 : 1);
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Text that compresses like real records: repeated field names, varying values. */
  private static byte[] recordLikeBytes(int size) {
    Random random = new Random(1000);
    StringBuilder text = new StringBuilder(size + 200);
    for (long offset = 1000; text.length() < size; offset++) {
      text.append("{\"offset\":")
          .append(offset)
          .append(",\"account\":\"acct-")
          .append(random.nextInt(5000))
          .append("\",\"amount\":")
          .append(random.nextInt(100_000))
          .append(",\"currency\":\"EUR\",\"status\":\"")
          .append(random.nextBoolean() ? "settled" : "pending")
          .append("\"}\n");
    }
    return Arrays.copyOf(text.toString().getBytes(StandardCharsets.US_ASCII), size);
  }
}
