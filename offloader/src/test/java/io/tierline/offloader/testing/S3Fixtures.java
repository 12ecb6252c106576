package io.tierline.offloader.testing;

import io.tierline.localcluster.s3.InProcessS3Server;
import io.tierline.offloader.AccessKeyCredentials;
import io.tierline.offloader.RetryPolicy;
import io.tierline.offloader.minio.MinioStoreSettings;
import io.tierline.offloader.s3.S3StoreSettings;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Settings and clients for tests against {@link InProcessS3Server}. */
public final class S3Fixtures {
  public static final String BUCKET = "tierline-test";
  public static final int PART_SIZE = 5 << 20;

  /** Short waits, so that tests of failures do not sit through production backoff. */
  public static final RetryPolicy FAST_RETRIES =
      new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(200));

  private S3Fixtures() {}

  public static AccessKeyCredentials credentials() {
    return AccessKeyCredentials.of(InProcessS3Server.ACCESS_KEY, InProcessS3Server.SECRET_KEY);
  }

  /** The S3 store's settings for a server at {@code endpoint}: 5 MiB parts, 4 in flight. */
  public static S3StoreSettings s3Settings(URI endpoint) {
    return S3StoreSettings.of(BUCKET, InProcessS3Server.REGION)
        .withEndpoint(endpoint)
        .withCredentials(credentials())
        .withParts(PART_SIZE, 4)
        .withRetryPolicy(FAST_RETRIES);
  }

  public static MinioStoreSettings minioSettings(URI endpoint) {
    return new MinioStoreSettings(
        endpoint, BUCKET, InProcessS3Server.REGION, credentials(), PART_SIZE, FAST_RETRIES);
  }

  /** A plain AWS SDK client, independent of the store under test, to inspect the bucket. */
  public static S3Client plainClient(URI endpoint) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .forcePathStyle(true)
        .region(Region.of(InProcessS3Server.REGION))
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    InProcessS3Server.ACCESS_KEY, InProcessS3Server.SECRET_KEY)))
        .build();
  }
}
