package io.tierline.localcluster.s3;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;

/**
 * A real S3-compatible server (S3Proxy) on 127.0.0.1, storing each object as a file: bucket {@code
 * b}'s object {@code k} is {@code <baseDir>/b/k}. Tests and the sandbox talk to it over HTTP with
 * the real AWS SDK and MinIO clients, signed with {@link #ACCESS_KEY} and {@link #SECRET_KEY}. An
 * object keeps the storage class it was stored in ({@code x-amz-storage-class}), which HEAD and
 * LIST return, for single PUTs and multipart uploads alike (see {@link MultipartStorageClasses}).
 */
public final class InProcessS3Server implements AutoCloseable {
  public static final String ACCESS_KEY = "test-access-key";
  public static final String SECRET_KEY = "test-secret-key";
  public static final String REGION = "us-east-1";

  private final S3Proxy proxy;
  private final BlobStore blobStore;

  private InProcessS3Server(S3Proxy proxy, BlobStore blobStore) {
    this.proxy = proxy;
    this.blobStore = blobStore;
  }

  /** Starts a server whose objects live under {@code baseDir}, on a free port. */
  public static InProcessS3Server start(Path baseDir) throws Exception {
    return start(baseDir, 0);
  }

  /**
   * Starts a server on {@code port} (0 for a free one). Restarting on the port and directory of a
   * stopped server brings its objects back at the same endpoint.
   */
  public static InProcessS3Server start(Path baseDir, int port) throws Exception {
    Properties properties = new Properties();
    properties.setProperty("jclouds.filesystem.basedir", baseDir.toString());
    BlobStore blobStore =
        new MultipartStorageClasses(BlobStores.create("filesystem-nio2", properties));
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(blobStore)
            .endpoint(URI.create("http://127.0.0.1:" + port))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .ignoreUnknownHeaders(true)
            .build();
    proxy.start();
    while (!proxy.getState().equals("STARTED")) {
      Thread.sleep(10);
    }
    return new InProcessS3Server(proxy, blobStore);
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  /** Creates a bucket; creating one that exists is a no-op. */
  public void createBucket(String bucket) {
    if (!blobStore.containerExists(bucket)) {
      blobStore.createContainer(bucket);
    }
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
    blobStore.close();
  }
}
