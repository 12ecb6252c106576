package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.plugin.metrics.TieringMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.server.log.remote.storage.LogSegmentData;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentMetadata.CustomMetadata;
import org.apache.kafka.server.log.remote.storage.RemoteResourceNotFoundException;
import org.apache.kafka.server.log.remote.storage.RemoteStorageException;
import org.apache.kafka.server.log.remote.storage.RemoteStorageManager.IndexType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker's contract with a RemoteStorageManager, which the plugin must keep on every backend.
 * Subclasses supply the backend's keys and a way to list what it stores.
 */
abstract class RemoteStorageManagerContract {
  static final int CHUNK = 16 * 1024;

  @TempDir Path dir;
  TieredRemoteStorageManager rsm;

  /** The {@code rsm.config.}-stripped keys that point the plugin at this backend. */
  abstract Map<String, Object> backendConfig() throws Exception;

  /** Every object key the backend holds now. */
  abstract List<String> storedKeys() throws Exception;

  @BeforeEach
  void configure() throws Exception {
    rsm = configured(Map.of());
  }

  @AfterEach
  void closeRsm() {
    rsm.close();
  }

  TieredRemoteStorageManager configured(Map<String, Object> overrides) throws Exception {
    Map<String, Object> config = new HashMap<>(backendConfig());
    config.put("chunk.size", String.valueOf(CHUNK));
    config.put("broker.id", 1);
    config.putAll(overrides);
    TieredRemoteStorageManager manager = new TieredRemoteStorageManager();
    manager.configure(config);
    return manager;
  }

  SegmentFixture segment(long baseOffset, int size, boolean transactionIndex) throws IOException {
    return SegmentFixture.create(dir.resolve("local"), baseOffset, size, transactionIndex);
  }

  @Test
  void copy_everyIndex_fetchReturnsTheOriginalBytes() throws Exception {
    SegmentFixture segment = segment(0, 5 * CHUNK + 123, true);

    var custom = rsm.copyLogSegmentData(segment.metadata(), segment.data());

    assertThat(custom)
        .get()
        .extracting(CustomMetadata::value)
        .satisfies(bytes -> assertThat(bytes.length).isLessThanOrEqualTo(128));
    assertThat(read(rsm.fetchLogSegment(segment.metadata(), 0))).isEqualTo(segment.log());
    for (IndexType type : IndexType.values()) {
      assertThat(read(rsm.fetchIndex(segment.metadata(), type)))
          .as(type.name())
          .isEqualTo(segment.indexes().get(type));
    }
  }

  @Test
  void fetchIndex_noTransactionIndex_throwsNotFound() throws Exception {
    SegmentFixture segment = segment(100, 2 * CHUNK, false);
    rsm.copyLogSegmentData(segment.metadata(), segment.data());

    assertThatThrownBy(() -> rsm.fetchIndex(segment.metadata(), IndexType.TRANSACTION))
        .isInstanceOf(RemoteResourceNotFoundException.class);
    for (IndexType type :
        List.of(
            IndexType.OFFSET,
            IndexType.TIMESTAMP,
            IndexType.PRODUCER_SNAPSHOT,
            IndexType.LEADER_EPOCH)) {
      assertThat(read(rsm.fetchIndex(segment.metadata(), type)))
          .as(type.name())
          .isEqualTo(segment.indexes().get(type));
    }
  }

  @Test
  void fetchLogSegment_anyRange_returnsExactlyThoseBytes() throws Exception {
    SegmentFixture segment = segment(200, 4 * CHUNK + 7, false);
    rsm.copyLogSegmentData(segment.metadata(), segment.data());
    int size = segment.log().length;
    List<int[]> ranges =
        new ArrayList<>(
            List.of(
                new int[] {0, 0},
                new int[] {0, size - 1},
                new int[] {CHUNK - 1, CHUNK},
                new int[] {CHUNK, 2 * CHUNK - 1},
                new int[] {size - 1, size - 1},
                new int[] {3, 3 * CHUNK + 5}));
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 20; i++) {
      int start = random.nextInt(size);
      ranges.add(new int[] {start, start + random.nextInt(size - start)});
    }
    for (int[] r : ranges) {
      assertThat(read(rsm.fetchLogSegment(segment.metadata(), r[0], r[1])))
          .as("[%d, %d]", r[0], r[1])
          .isEqualTo(Arrays.copyOfRange(segment.log(), r[0], r[1] + 1));
      assertThat(read(rsm.fetchLogSegment(segment.metadata(), r[0])))
          .as("[%d, end]", r[0])
          .isEqualTo(Arrays.copyOfRange(segment.log(), r[0], size));
    }
  }

  @Test
  void fetchLogSegment_longPositionsAndEndPastTheSegment_servesTheSegment() throws Exception {
    SegmentFixture segment = segment(300, 3 * CHUNK, false);
    rsm.copyLogSegmentData(segment.metadata(), segment.data());

    assertThat(read(rsm.fetchLogSegment(segment.metadata(), 10L)))
        .isEqualTo(Arrays.copyOfRange(segment.log(), 10, segment.log().length));
    assertThat(read(rsm.fetchLogSegment(segment.metadata(), 10L, 10L * CHUNK)))
        .isEqualTo(Arrays.copyOfRange(segment.log(), 10, segment.log().length));
    assertThatThrownBy(() -> rsm.fetchLogSegment(segment.metadata(), 5, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deleteLogSegmentData_twice_succeedsAndFetchesThenFail() throws Exception {
    SegmentFixture segment = segment(400, 2 * CHUNK, true);
    rsm.copyLogSegmentData(segment.metadata(), segment.data());

    rsm.deleteLogSegmentData(segment.metadata());
    rsm.deleteLogSegmentData(segment.metadata());

    assertThat(storedKeys()).isEmpty();
    assertThatThrownBy(() -> rsm.fetchLogSegment(segment.metadata(), 0))
        .isInstanceOf(RemoteResourceNotFoundException.class);
    assertThatThrownBy(() -> rsm.fetchLogSegment(segment.metadata(), 0, 10))
        .isInstanceOf(RemoteResourceNotFoundException.class);
    assertThatThrownBy(() -> rsm.fetchIndex(segment.metadata(), IndexType.OFFSET))
        .isInstanceOf(RemoteResourceNotFoundException.class);
  }

  @Test
  void deleteLogSegmentData_neverCopied_succeeds() throws Exception {
    rsm.deleteLogSegmentData(segment(500, CHUNK, false).metadata());
    assertThat(storedKeys()).isEmpty();
  }

  @Test
  void copyLogSegmentData_failedThenRetriedUnderANewId_leavesNothingBehind() throws Exception {
    SegmentFixture segment = segment(600, 3 * CHUNK, true);
    LogSegmentData data = segment.data();
    // The time index vanished after the log was read: the attempt fails part-way.
    LogSegmentData broken =
        new LogSegmentData(
            data.logSegment(),
            data.offsetIndex(),
            dir.resolve("missing.timeindex"),
            data.transactionIndex(),
            data.producerSnapshotIndex(),
            data.leaderEpochIndex());
    SegmentFixture failed = segment.withData(broken);

    assertThatThrownBy(() -> rsm.copyLogSegmentData(failed.metadata(), failed.data()))
        .isInstanceOf(RemoteStorageException.class)
        .isNotInstanceOf(RemoteResourceNotFoundException.class);
    // The broker then deletes the failed attempt, and retries under a new segment id.
    rsm.deleteLogSegmentData(failed.metadata());
    assertThat(storedKeys()).isEmpty();
    SegmentFixture retry = segment.retried();
    rsm.copyLogSegmentData(retry.metadata(), retry.data());

    String failedId = failed.metadata().remoteLogSegmentId().id().toString();
    assertThat(storedKeys()).isNotEmpty().noneMatch(key -> key.contains(failedId));
    assertThat(read(rsm.fetchLogSegment(retry.metadata(), 0))).isEqualTo(segment.log());
    rsm.deleteLogSegmentData(retry.metadata());
    assertThat(storedKeys()).isEmpty();
  }

  @Test
  void copyLogSegmentData_zstd_fetchReturnsTheOriginalBytes() throws Exception {
    try (TieredRemoteStorageManager zstd = configured(Map.of("compression", "zstd"))) {
      SegmentFixture segment = segment(700, 3 * CHUNK + 1, true);
      zstd.copyLogSegmentData(segment.metadata(), segment.data());
      assertThat(read(zstd.fetchLogSegment(segment.metadata(), CHUNK - 5, 2 * CHUNK + 5)))
          .isEqualTo(Arrays.copyOfRange(segment.log(), CHUNK - 5, 2 * CHUNK + 6));
      zstd.deleteLogSegmentData(segment.metadata());
    }
  }

  @Test
  void everyOperation_concurrently_keepsSegmentsApart() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        SegmentFixture segment = segment(1000 + 100L * i, 2 * CHUNK + i, i % 2 == 0);
        results.add(
            pool.submit(
                () -> {
                  rsm.copyLogSegmentData(segment.metadata(), segment.data());
                  assertThat(read(rsm.fetchLogSegment(segment.metadata(), 1)))
                      .isEqualTo(Arrays.copyOfRange(segment.log(), 1, segment.log().length));
                  rsm.deleteLogSegmentData(segment.metadata());
                  return null;
                }));
      }
      for (Future<?> result : results) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(storedKeys()).isEmpty();
  }

  @Test
  void metrics_afterCopyAndFetch_countBytesAndRequestsPerTopic() throws Exception {
    SegmentFixture segment = segment(800, 2 * CHUNK, false);
    rsm.copyLogSegmentData(segment.metadata(), segment.data());
    read(rsm.fetchLogSegment(segment.metadata(), 0));

    assertThat(metric("bytes-uploaded-total", Map.of())).isGreaterThanOrEqualTo(2.0 * CHUNK);
    assertThat(metric("bytes-fetched-total", Map.of())).isGreaterThanOrEqualTo(2.0 * CHUNK);
    assertThat(metric("requests-total", Map.of("request-type", "PUT"))).isGreaterThanOrEqualTo(3);
    assertThat(metric("requests-total", Map.of("request-type", "GET"))).isGreaterThanOrEqualTo(1);
    assertThat(metric("objects-written-total", Map.of())).isEqualTo(3);
  }

  private double metric(String name, Map<String, String> extraTags) {
    Map<String, String> tags = new java.util.LinkedHashMap<>();
    tags.put("topic", SegmentFixture.PARTITION.topic());
    tags.putAll(extraTags);
    MetricName metricName = new MetricName(name, TieringMetrics.GROUP, "", tags);
    var metric = rsm.metrics().registry().metric(metricName);
    assertThat(metric).as(name + " " + tags).isNotNull();
    return ((Number) metric.metricValue()).doubleValue();
  }

  static byte[] read(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }
}
