package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.localcluster.s3.InProcessS3Server;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's contract over the S3 backend, against a real S3-compatible server over HTTP. */
class S3RemoteStorageManagerIT extends RemoteStorageManagerContract {
  private static final AtomicInteger BUCKETS = new AtomicInteger();

  @TempDir static Path serverDir;
  static InProcessS3Server server;

  // Every test gets a bucket of its own, so that what one leaves cannot fail another.
  private final String bucketName = "tiered-contract-" + BUCKETS.incrementAndGet();
  private Bucket bucket;

  @BeforeAll
  static void startServer() throws Exception {
    server = InProcessS3Server.start(serverDir);
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @AfterEach
  void closeBucket() {
    if (bucket != null) {
      bucket.close();
    }
  }

  @Override
  Map<String, Object> backendConfig() {
    if (bucket == null) {
      server.createBucket(bucketName);
      bucket = new Bucket(server, bucketName);
    }
    return Map.of(
        "storage.backend",
        "s3",
        "storage.bucket",
        bucketName,
        "storage.endpoint",
        server.endpoint().toString(),
        "storage.path.style.access",
        "true",
        "storage.region",
        InProcessS3Server.REGION,
        "storage.access.key",
        InProcessS3Server.ACCESS_KEY,
        "storage.secret.key",
        InProcessS3Server.SECRET_KEY,
        "key.prefix",
        "cluster-a",
        "key.prefix.salting",
        "true");
  }

  @Override
  List<String> storedKeys() {
    return bucket.keys("");
  }

  @Test
  void copyLogSegmentData_segmentOfSeveralParts_fetchReturnsTheOriginalBytes() throws Exception {
    try (TieredRemoteStorageManager rsm =
        configured(
            Map.of(
                "chunk.size",
                String.valueOf(1 << 20),
                "upload.part.size.bytes",
                String.valueOf(5 << 20)))) {
      SegmentFixture segment = segment(0, 11 << 20, true);
      rsm.copyLogSegmentData(segment.metadata(), segment.data());

      assertThat(read(rsm.fetchLogSegment(segment.metadata(), 0))).isEqualTo(segment.log());
      int start = (5 << 20) - 3;
      assertThat(read(rsm.fetchLogSegment(segment.metadata(), start, start + (1 << 20))))
          .isEqualTo(Arrays.copyOfRange(segment.log(), start, start + (1 << 20) + 1));
      rsm.deleteLogSegmentData(segment.metadata());
    }
    assertThat(storedKeys()).isEmpty();
  }
}
