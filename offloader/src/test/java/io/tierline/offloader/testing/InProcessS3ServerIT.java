package io.tierline.offloader.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

class InProcessS3ServerIT {

  @Test
  void start_servesPutAndRangedGetToTheAwsSdk(@TempDir Path dir) throws Exception {
    try (InProcessS3Server server = InProcessS3Server.start(dir);
        S3Client s3 = S3Fixtures.plainClient(server.endpoint())) {
      server.createBucket("probe");
      s3.putObject(b -> b.bucket("probe").key("a/b"), RequestBody.fromString("hello world"));
      String middle =
          s3.getObjectAsBytes(b -> b.bucket("probe").key("a/b").range("bytes=6-10"))
              .asString(StandardCharsets.UTF_8);
      assertThat(middle).isEqualTo("world");
    }
  }
}
