package io.tierline.offloader.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.localcluster.s3.InProcessS3Server;
import io.tierline.offloader.RetryPolicy;
import io.tierline.offloader.StoreUnavailableException;
import io.tierline.offloader.segment.SegmentCoordinates;
import io.tierline.offloader.segment.SegmentSource;
import io.tierline.offloader.segment.SegmentStore;
import io.tierline.offloader.segment.SegmentStoreSettings;
import io.tierline.offloader.segment.SegmentStores;
import io.tierline.offloader.testing.RandomData;
import io.tierline.offloader.testing.S3Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 server stops while a segment's log is being uploaded in parts. The log file is a named
 * pipe that the test feeds, so the server stops at a known point: after several parts were sent.
 */
class S3UploadFailureIT {
  private static final String PREFIX = "failing";

  @Test
  void upload_serverStoppedDuringMultipart_failsClearly_andLeavesNothingBehind(
      @TempDir Path serverDir, @TempDir Path local) throws Exception {
    InProcessS3Server server = InProcessS3Server.start(serverDir);
    int port = server.endpoint().getPort();
    server.createBucket(S3Fixtures.BUCKET);
    Path fifo = local.resolve("segment.log");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    S3ObjectStore objects =
        (S3ObjectStore)
            S3ObjectStore.create(
                S3Fixtures.s3Settings(server.endpoint())
                    .withRetryPolicy(
                        new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(50))));
    SegmentStore segments =
        SegmentStores.create(objects, SegmentStoreSettings.defaults().withKeyPrefix(PREFIX));
    SegmentCoordinates segment = new SegmentCoordinates("orders", "Xy3kQ9", 0, 100, "attempt-1");
    CompletableFuture<?> upload =
        CompletableFuture.runAsync(
            () -> segments.upload(segment, new SegmentSource(fifo, Map.of())));

    byte[] block = RandomData.bytes(1 << 20, 1);
    try (OutputStream out = Files.newOutputStream(fifo)) {
      for (int mib = 0; mib < 64; mib++) {
        if (mib == 16) {
          server.close(); // three 5 MiB parts have been handed to the uploader by now
        }
        out.write(block);
      }
    } catch (IOException brokenPipe) {
      // The uploader gave up and closed its end: expected.
    }

    Throwable failure = null;
    try {
      upload.get();
    } catch (ExecutionException e) {
      failure = e.getCause();
    }
    assertThat(failure)
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining(PREFIX + "/orders-Xy3kQ9/0/00000000000000000100-attempt-1.log");
    assertThat(objects.pendingAborts().size()).as("the abort waits for the server").isEqualTo(1);

    try (InProcessS3Server restarted = InProcessS3Server.start(serverDir, port);
        S3Client plain = S3Fixtures.plainClient(restarted.endpoint())) {
      assertThat(filesUnder(serverDir))
          .as("the unfinished upload's parts, before the abort")
          .isNotEmpty();
      assertThat(plain.listMultipartUploads(b -> b.bucket(S3Fixtures.BUCKET)).uploads()).hasSize(1);
      segments.close(); // retries the abort that failed while the server was down
      assertThat(objects.pendingAborts().size()).isZero();
      assertThat(plain.listObjectsV2(b -> b.bucket(S3Fixtures.BUCKET).prefix(PREFIX)).contents())
          .as("no log, index or manifest object")
          .isEmpty();
      assertThat(plain.listMultipartUploads(b -> b.bucket(S3Fixtures.BUCKET)).uploads())
          .as("no unfinished multipart upload")
          .isEmpty();
      assertThat(filesUnder(serverDir)).as("nothing left in the server's storage").isEmpty();
    }
  }

  private static List<Path> filesUnder(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
