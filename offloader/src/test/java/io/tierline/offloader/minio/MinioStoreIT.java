package io.tierline.offloader.minio;

import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.segment.SegmentStoreContractTest;
import io.tierline.offloader.testing.InProcessS3Server;
import io.tierline.offloader.testing.S3Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the MinIO client backend, against an S3 server over HTTP. */
class MinioStoreIT extends SegmentStoreContractTest {
  private InProcessS3Server server;

  @BeforeAll
  void startServer(@TempDir Path dir) throws Exception {
    server = InProcessS3Server.start(dir);
    server.createBucket(S3Fixtures.BUCKET);
  }

  @AfterAll
  void stopServer() throws Exception {
    server.close();
  }

  @Override
  protected ObjectStore newObjectStore() {
    return MinioObjectStore.create(S3Fixtures.minioSettings(server.endpoint()));
  }
}
