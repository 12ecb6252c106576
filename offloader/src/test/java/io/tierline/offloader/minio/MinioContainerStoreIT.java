package io.tierline.offloader.minio;

import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.segment.SegmentStoreContractTest;
import io.tierline.offloader.testing.S3Fixtures;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The store contract on the MinIO client backend against a real MinIO server, where Docker exists.
 */
@Testcontainers(disabledWithoutDocker = true)
class MinioContainerStoreIT extends SegmentStoreContractTest {
  @Container
  private static final MinIOContainer MINIO =
      new MinIOContainer("minio/minio:RELEASE.2024-10-13T13-34-11Z");

  @BeforeAll
  void createBucket() throws Exception {
    try (MinioClient client =
        MinioClient.builder()
            .endpoint(MINIO.getS3URL())
            .credentials(MINIO.getUserName(), MINIO.getPassword())
            .build()) {
      client.makeBucket(MakeBucketArgs.builder().bucket(S3Fixtures.BUCKET).build());
    }
  }

  @Override
  protected ObjectStore newObjectStore() {
    return MinioObjectStore.create(
        MinioStoreSettings.of(
            URI.create(MINIO.getS3URL()),
            S3Fixtures.BUCKET,
            "us-east-1",
            io.tierline.offloader.AccessKeyCredentials.of(
                MINIO.getUserName(), MINIO.getPassword())));
  }
}
