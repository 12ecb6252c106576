package io.tierline.offloader.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.localcluster.s3.InProcessS3Server;
import io.tierline.offloader.StorageClass;
import io.tierline.offloader.testing.RandomData;
import io.tierline.offloader.testing.S3Fixtures;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

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

  /**
   * The server keeps the class it was sent (S3Proxy's filesystem store, in an extended attribute of
   * the file), so HEAD and LIST show what the backend asked for: a multipart log, a single-PUT
   * index object and the manifest alike.
   */
  @ParameterizedTest
  @EnumSource(StorageClass.class)
  void upload_inAStorageClass_storesEveryObjectInIt(StorageClass storageClass) throws Exception {
    Path log = local.resolve("classed.log");
    RandomData.write(log, MULTIPART_SIZE, 8);
    SegmentCoordinates seg = segment(9);
    try (SegmentStore segments = segmentStore(settings(), SegmentStoreListener.NOOP);
        S3Client s3 = S3Fixtures.plainClient(endpoint())) {
      segments.upload(seg, source(log), storageClass);
      List<S3Object> listed =
          s3.listObjectsV2(b -> b.bucket(S3Fixtures.BUCKET).prefix(prefix)).contents();
      assertThat(listed).hasSize(3);
      for (S3Object object : listed) {
        String headed =
            s3.headObject(b -> b.bucket(S3Fixtures.BUCKET).key(object.key()))
                .storageClassAsString();
        // S3 leaves the header out for STANDARD.
        assertThat(headed == null ? "STANDARD" : headed)
            .as(object.key())
            .isEqualTo(storageClass.name());
        assertThat(object.storageClassAsString()).as(object.key()).isEqualTo(storageClass.name());
      }
      segments.delete(seg);
    }
  }
}
