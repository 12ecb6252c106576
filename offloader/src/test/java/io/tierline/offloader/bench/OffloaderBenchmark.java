package io.tierline.offloader.bench;

import io.tierline.localcluster.s3.InProcessS3Server;
import io.tierline.offloader.s3.S3ObjectStore;
import io.tierline.offloader.segment.SegmentCoordinates;
import io.tierline.offloader.segment.SegmentSource;
import io.tierline.offloader.segment.SegmentStore;
import io.tierline.offloader.segment.SegmentStoreSettings;
import io.tierline.offloader.segment.SegmentStores;
import io.tierline.offloader.segment.format.Compression;
import io.tierline.offloader.testing.RandomData;
import io.tierline.offloader.testing.S3Fixtures;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Offloader against the plain AWS SDK on one in-process S3 server, compression off then on. Prints
 * medians over {@code -Dbench.reps} repetitions (default 5) and their ratios. Not a test: run it
 * with the command in the README.
 */
public final class OffloaderBenchmark {
  private static final long SEGMENT_BYTES = Long.getLong("bench.segmentMiB", 512) << 20;
  private static final int REPS = Integer.getInteger("bench.reps", 5);
  private static final int RANDOM_READS = Integer.getInteger("bench.randomReads", 200);
  private static final int READ_SIZE = 1 << 20;
  private static final int PREFETCH =
      Integer.getInteger("bench.prefetch", SegmentStoreSettings.DEFAULT_PREFETCH_CHUNKS);
  private static final Compression[] COMPRESSIONS =
      Arrays.stream(System.getProperty("bench.compressions", "NONE,ZSTD").split(","))
          .map(Compression::valueOf)
          .toArray(Compression[]::new);
  private static final int PART_SIZE = 8 << 20;
  private static final int IN_FLIGHT = 4;

  private OffloaderBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("tierline-bench");
    ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
    try (InProcessS3Server server =
            InProcessS3Server.start(Files.createDirectories(dir.resolve("s3")));
        S3Client plain = S3Fixtures.plainClient(server.endpoint())) {
      server.createBucket(S3Fixtures.BUCKET);
      Path log = dir.resolve("segment.log");
      RandomData.Digest data = RandomData.write(log, SEGMENT_BYTES, 512);
      System.out.printf(
          "segment %d MiB of random bytes, %d MiB parts, %d in flight, 4 MiB chunks, "
              + "prefetch %d, %d reps%n",
          SEGMENT_BYTES >> 20, PART_SIZE >> 20, IN_FLIGHT, PREFETCH, REPS);
      PlainSdkBaseline baseline =
          new PlainSdkBaseline(plain, S3Fixtures.BUCKET, PART_SIZE, IN_FLIGHT, pool);
      for (Compression compression : COMPRESSIONS) {
        run(server, baseline, log, data, compression);
      }
    } finally {
      pool.shutdownNow();
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void run(
      InProcessS3Server server,
      PlainSdkBaseline baseline,
      Path log,
      RandomData.Digest data,
      Compression compression)
      throws Exception {
    SegmentStoreSettings settings =
        SegmentStoreSettings.defaults()
            .withCompression(compression)
            .withKeyPrefix("bench")
            .withPrefetchChunks(PREFETCH);
    double[] upPlain = new double[REPS];
    double[] upOffloader = new double[REPS];
    double[] readPlain = new double[REPS];
    double[] readOffloader = new double[REPS];
    SegmentCoordinates segment = null;
    // Repetition -1 warms the JIT and the server's files up and is not counted. The order of
    // plain and offloader alternates between repetitions, so neither always runs on a warmer box.
    for (int rep = -1; rep < REPS; rep++) {
      String plainKey = "plain/" + compression + "-" + rep;
      segment = new SegmentCoordinates("bench", "B3nch", 0, 0, compression + "-" + rep);
      boolean plainFirst = rep % 2 == 0;
      double[] up = new double[2];
      for (int turn = 0; turn < 2; turn++) {
        long t0 = System.nanoTime();
        if ((turn == 0) == plainFirst) {
          baseline.upload(plainKey, log);
          up[0] = mbps(data.length(), System.nanoTime() - t0);
        } else {
          try (SegmentStore segments = store(server, settings)) {
            segments.upload(segment, new SegmentSource(log, Map.of()));
          }
          up[1] = mbps(data.length(), System.nanoTime() - t0);
        }
      }
      double[] read = new double[2];
      for (int turn = 0; turn < 2; turn++) {
        long t0 = System.nanoTime();
        if ((turn == 0) == plainFirst) {
          check(baseline.readSequentially(plainKey, data.length()), data);
          read[0] = mbps(data.length(), System.nanoTime() - t0);
        } else {
          try (SegmentStore segments = store(server, settings);
              InputStream in = segments.openLog(segment, 0)) {
            check(RandomData.digest(in), data);
          }
          read[1] = mbps(data.length(), System.nanoTime() - t0);
        }
      }
      if (rep >= 0) {
        upPlain[rep] = up[0];
        upOffloader[rep] = up[1];
        readPlain[rep] = read[0];
        readOffloader[rep] = read[1];
      }
    }
    System.out.printf("%n== compression %s%n", compression);
    row("upload MB/s", median(upPlain), median(upOffloader));
    row("sequential read MB/s", median(readPlain), median(readOffloader));

    long[] offsets =
        new SplittableRandom(42).longs(RANDOM_READS, 0, data.length() - READ_SIZE).toArray();
    String plainKey = "plain/" + compression + "-" + (REPS - 1);
    double[] plainMs = new double[RANDOM_READS];
    for (int i = 0; i < RANDOM_READS; i++) {
      long t0 = System.nanoTime();
      baseline.readRange(plainKey, offsets[i], READ_SIZE);
      plainMs[i] = (System.nanoTime() - t0) / 1e6;
    }
    double[] coldMs =
        randomReads(
            store(server, settings.withCacheMaxBytes(0).withPrefetchChunks(0)), segment, offsets);
    SegmentStore warm =
        store(server, settings.withPrefetchChunks(0).withCacheMaxBytes(SEGMENT_BYTES + (64 << 20)));
    try (InputStream in = warm.openLog(segment, 0)) {
      RandomData.digest(in);
    }
    double[] warmMs = randomReads(warm, segment, offsets);
    System.out.printf(
        "%-34s %12s %12s %12s %8s%n",
        "1 MiB random read latency (ms)", "plain GET", "cold", "warm", "cold/plain");
    System.out.printf(
        "%-34s %12.2f %12.2f %12.2f %8.2f%n",
        "  p50",
        percentile(plainMs, 50),
        percentile(coldMs, 50),
        percentile(warmMs, 50),
        percentile(coldMs, 50) / percentile(plainMs, 50));
    System.out.printf(
        "%-34s %12.2f %12.2f %12.2f %8.2f%n",
        "  p99",
        percentile(plainMs, 99),
        percentile(coldMs, 99),
        percentile(warmMs, 99),
        percentile(coldMs, 99) / percentile(plainMs, 99));
  }

  private static double[] randomReads(
      SegmentStore segments, SegmentCoordinates segment, long[] offsets) throws Exception {
    double[] ms = new double[offsets.length];
    try (segments) {
      for (int i = 0; i < offsets.length; i++) {
        long t0 = System.nanoTime();
        try (InputStream in = segments.openLog(segment, offsets[i], offsets[i] + READ_SIZE - 1)) {
          if (in.readAllBytes().length != READ_SIZE) {
            throw new IllegalStateException("short read at " + offsets[i]);
          }
        }
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
    }
    return ms;
  }

  private static SegmentStore store(InProcessS3Server server, SegmentStoreSettings settings) {
    return SegmentStores.create(
        S3ObjectStore.create(
            S3Fixtures.s3Settings(server.endpoint()).withParts(PART_SIZE, IN_FLIGHT)),
        settings);
  }

  private static void check(RandomData.Digest read, RandomData.Digest expected) {
    if (!read.equals(expected)) {
      throw new IllegalStateException("read " + read + ", expected " + expected);
    }
  }

  private static void row(String what, double plain, double offloader) {
    System.out.printf("%-34s %12s %12s %8s%n", what, "plain SDK", "offloader", "ratio");
    System.out.printf("%-34s %12.1f %12.1f %8.2f%n", "", plain, offloader, offloader / plain);
  }

  private static double mbps(long bytes, long nanos) {
    return bytes / 1e6 / (nanos / 1e9);
  }

  private static double median(double[] values) {
    return percentile(values, 50);
  }

  private static double percentile(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
