package io.tierline.offloader.minio;

import io.tierline.offloader.AccessKeyCredentials;
import io.tierline.offloader.RetryPolicy;
import java.net.URI;
import java.util.Objects;

/**
 * How to reach a bucket through the MinIO client.
 *
 * @param endpoint the server, for example {@code http://127.0.0.1:9000}
 * @param bucket the bucket; it must exist
 * @param region the signing region
 * @param credentials the access key pair (the MinIO client has no default chain)
 * @param partSizeBytes multipart part size, at least 5 MiB
 * @param retryPolicy retries of retriable failures
 */
public record MinioStoreSettings(
    URI endpoint,
    String bucket,
    String region,
    AccessKeyCredentials credentials,
    int partSizeBytes,
    RetryPolicy retryPolicy) {

  public static final int MIN_PART_SIZE_BYTES = 5 << 20;
  public static final int DEFAULT_PART_SIZE_BYTES = 8 << 20;

  public MinioStoreSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    if (endpoint.getScheme() == null || endpoint.getHost() == null) {
      throw new IllegalArgumentException(
          "endpoint must be an absolute http(s) URI: '" + endpoint + "'");
    }
    if (bucket.isBlank() || region.isBlank()) {
      throw new IllegalArgumentException("bucket and region must not be blank");
    }
    if (partSizeBytes < MIN_PART_SIZE_BYTES) {
      throw new IllegalArgumentException(
          "partSizeBytes must be >= " + MIN_PART_SIZE_BYTES + ": " + partSizeBytes);
    }
  }

  /** Default part size and retries. */
  public static MinioStoreSettings of(
      URI endpoint, String bucket, String region, AccessKeyCredentials credentials) {
    return new MinioStoreSettings(
        endpoint, bucket, region, credentials, DEFAULT_PART_SIZE_BYTES, RetryPolicy.defaults());
  }
}
