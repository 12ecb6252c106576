package io.tierline.offloader.bench;

import io.tierline.localcluster.s3.InProcessS3Server;
import io.tierline.offloader.s3.S3ObjectStore;
import io.tierline.offloader.segment.DiskCacheSettings;
import io.tierline.offloader.segment.SegmentCoordinates;
import io.tierline.offloader.segment.SegmentSource;
import io.tierline.offloader.segment.SegmentStore;
import io.tierline.offloader.segment.SegmentStoreListener;
import io.tierline.offloader.segment.SegmentStoreSettings;
import io.tierline.offloader.segment.SegmentStores;
import io.tierline.offloader.testing.RandomData;
import io.tierline.offloader.testing.S3Fixtures;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A working set four times the memory cache, read twice through one segment store over the
 * in-process S3 server, without and then with the disk cache: the second pass's GETs and
 * throughput. The store without the disk cache is the baseline, measured in the same run; the two
 * alternate for {@code -Dbench.reps} repetitions (default 3) and medians are printed. Not a test:
 * run it with the command in docs/benchmarks.md.
 */
public final class DiskCacheBenchmark {
  private static final long CACHE_BYTES = Long.getLong("bench.cacheMiB", 64) << 20;
  private static final int SEGMENTS = 4;
  private static final int REPS = Integer.getInteger("bench.reps", 3);

  private DiskCacheBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("tierline-disk-bench");
    try (InProcessS3Server server =
        InProcessS3Server.start(Files.createDirectories(dir.resolve("s3")))) {
      server.createBucket(S3Fixtures.BUCKET);
      List<SegmentCoordinates> segments = new ArrayList<>();
      List<Path> logs = new ArrayList<>();
      for (int i = 0; i < SEGMENTS; i++) {
        segments.add(new SegmentCoordinates("bench", "id", 0, i * 1_000_000L, "s" + i));
        Path log = dir.resolve("segment-" + i + ".log");
        RandomData.write(log, CACHE_BYTES, 100 + i);
        logs.add(log);
      }
      try (SegmentStore writer = store(server, dir, false, SegmentStoreListener.NOOP, 0)) {
        for (int i = 0; i < SEGMENTS; i++) {
          writer.upload(segments.get(i), new SegmentSource(logs.get(i), Map.of()));
        }
      }
      System.out.printf(
          "working set %d MiB in %d segments, memory cache %d MiB, read twice, %d reps%n",
          SEGMENTS * CACHE_BYTES >> 20, SEGMENTS, CACHE_BYTES >> 20, REPS);
      double[][] mbps = new double[2][REPS];
      long[][] gets = new long[2][REPS];
      for (int rep = 0; rep < REPS; rep++) {
        for (int disk = 0; disk < 2; disk++) {
          Counting events = new Counting();
          try (SegmentStore store = store(server, dir, disk == 1, events, rep)) {
            readAll(store, segments);
            long before = events.gets.get();
            long start = System.nanoTime();
            long bytes = readAll(store, segments);
            double seconds = (System.nanoTime() - start) / 1e9;
            mbps[disk][rep] = bytes / 1e6 / seconds;
            gets[disk][rep] = events.gets.get() - before;
          }
        }
      }
      System.out.printf("%-22s %14s %14s%n", "second pass", "memory only", "with disk");
      System.out.printf("%-22s %14d %14d%n", "GETs (median)", median(gets[0]), median(gets[1]));
      System.out.printf(
          "%-22s %14.1f %14.1f   ratio %.2f%n",
          "MB/s (median)", median(mbps[0]), median(mbps[1]), median(mbps[1]) / median(mbps[0]));
    }
  }

  private static SegmentStore store(
      InProcessS3Server server, Path dir, boolean disk, SegmentStoreListener events, int rep) {
    Optional<DiskCacheSettings> diskCache =
        disk
            ? Optional.of(
                new DiskCacheSettings(dir.resolve("disk-cache-" + rep), SEGMENTS * CACHE_BYTES * 2))
            : Optional.empty();
    return SegmentStores.create(
        S3ObjectStore.create(S3Fixtures.s3Settings(server.endpoint())),
        SegmentStoreSettings.defaults().withCacheMaxBytes(CACHE_BYTES),
        diskCache,
        events);
  }

  private static long readAll(SegmentStore store, List<SegmentCoordinates> segments)
      throws Exception {
    long bytes = 0;
    for (SegmentCoordinates segment : segments) {
      try (InputStream in = store.openLog(segment, 0, Long.MAX_VALUE)) {
        byte[] buffer = new byte[1 << 20];
        for (int n; (n = in.read(buffer)) > 0; ) {
          bytes += n;
        }
      }
    }
    return bytes;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static final class Counting implements SegmentStoreListener {
    final AtomicLong gets = new AtomicLong();

    @Override
    public void onRequest(SegmentCoordinates segment, RequestType type, Duration latency) {
      if (type == RequestType.GET) {
        gets.incrementAndGet();
      }
    }
  }
}
