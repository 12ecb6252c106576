package io.tierline.localcluster.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

class InProcessS3ServerIT {

  @Test
  void start_servesPutAndRangedGetToTheAwsSdk(@TempDir Path dir) throws Exception {
    try (InProcessS3Server server = InProcessS3Server.start(dir);
        S3Client s3 = client(server)) {
      server.createBucket("probe");
      s3.putObject(b -> b.bucket("probe").key("a/b"), RequestBody.fromString("hello world"));
      String middle =
          s3.getObjectAsBytes(b -> b.bucket("probe").key("a/b").range("bytes=6-10"))
              .asString(StandardCharsets.UTF_8);
      assertThat(middle).isEqualTo("world");
    }
  }

  @Test
  void start_keepsObjectsAsFilesUnderTheBaseDirectory(@TempDir Path dir) throws Exception {
    try (InProcessS3Server server = InProcessS3Server.start(dir);
        S3Client s3 = client(server)) {
      server.createBucket("probe");
      s3.putObject(b -> b.bucket("probe").key("a/b"), RequestBody.fromString("hello"));
      assertThat(dir.resolve("probe").resolve("a").resolve("b")).hasContent("hello");
    }
  }

  private static S3Client client(InProcessS3Server server) {
    return S3Client.builder()
        .endpointOverride(server.endpoint())
        .forcePathStyle(true)
        .region(Region.of(InProcessS3Server.REGION))
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    InProcessS3Server.ACCESS_KEY, InProcessS3Server.SECRET_KEY)))
        .build();
  }
}
