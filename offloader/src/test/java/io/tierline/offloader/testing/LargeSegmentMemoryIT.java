package io.tierline.offloader.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.localcluster.s3.InProcessS3Server;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 1 GiB segment goes up to S3 and back in a JVM whose heap is 128 MiB. */
class LargeSegmentMemoryIT {
  private static final long SIZE = 1L << 30;
  private static final long SEED = 1024;

  @Test
  void roundTrip_1GiB_inA128MiBHeap(@TempDir Path serverDir, @TempDir Path work) throws Exception {
    try (InProcessS3Server server = InProcessS3Server.start(serverDir)) {
      server.createBucket(S3Fixtures.BUCKET);
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process child =
          new ProcessBuilder(
                  List.of(
                      java.toString(),
                      "-Xmx128m",
                      "-cp",
                      System.getProperty("java.class.path"),
                      LargeSegmentRoundTrip.class.getName(),
                      server.endpoint().toString(),
                      S3Fixtures.BUCKET,
                      work.toString(),
                      Long.toString(SIZE),
                      Long.toString(SEED)))
              .redirectErrorStream(true)
              .start();
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
      System.out.println(output);
      RandomData.Digest expected = RandomData.digestOf(SIZE, SEED);
      assertThat(child.exitValue()).as(output).isZero();
      assertThat(output)
          .contains(String.format("VERIFIED length=%d crc32c=%08x", SIZE, expected.crc32c()));
    }
  }
}
