package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.offloader.testing.InProcessS3Server;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The plugin's contract over the S3 backend, against a real S3-compatible server over HTTP. */
class S3RemoteStorageManagerIT extends RemoteStorageManagerContract {
  private static final AtomicInteger BUCKETS = new AtomicInteger();

  @TempDir static Path serverDir;
  static InProcessS3Server server;
  static S3Client client;
  // Every test gets a bucket of its own, so that what one leaves cannot fail another.
  private final String bucket = "tiered-contract-" + BUCKETS.incrementAndGet();

  @BeforeAll
  static void startServer() throws Exception {
    server = InProcessS3Server.start(serverDir);
    client = S3Client.builder()
        .endpointOverride(server.endpoint())
        .forcePathStyle(true)
        .region(Region.of(InProcessS3Server.REGION))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
            InProcessS3Server.ACCESS_KEY, InProcessS3Server.SECRET_KEY)))
        .build();
  }

  @AfterAll
  static void stopServer() throws Exception {
    client.close();
    server.close();
  }

  @Override
  Map<String, Object> backendConfig() {
    server.createBucket(bucket);
    return Map.of(
        "storage.backend", "s3",
        "storage.bucket", bucket,
        "storage.endpoint", server.endpoint().toString(),
        "storage.path.style.access", "true",
        "storage.region", InProcessS3Server.REGION,
        "storage.access.key", InProcessS3Server.ACCESS_KEY,
        "storage.secret.key", InProcessS3Server.SECRET_KEY,
        "key.prefix", "cluster-a",
        "key.prefix.salting", "true");
  }

  @Override
  List<String> storedKeys() {
    return client.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream()
        .map(S3Object::key).toList();
  }

  @Test
  void copyLogSegmentData_segmentOfSeveralParts_fetchReturnsTheOriginalBytes() throws Exception {
    try (TieredRemoteStorageManager rsm = configured(Map.of("chunk.size", String.valueOf(1 << 20),
        "upload.part.size.bytes", String.valueOf(5 << 20)))) {
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
