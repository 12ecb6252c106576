package io.tierline.offloader.segment;

import io.tierline.localcluster.s3.InProcessS3Server;
import io.tierline.offloader.testing.S3Fixtures;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The store contract against one in-process S3 server per class, for the S3-speaking backends. */
public abstract class InProcessS3StoreContract extends SegmentStoreContractTest {
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

  protected URI endpoint() {
    return server.endpoint();
  }
}
