package io.tierline.offloader.s3;

import io.tierline.offloader.AccessKeyCredentials;
import io.tierline.offloader.RetryPolicy;
import io.tierline.offloader.SettingDoc;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach an S3 bucket, and how to upload to it.
 *
 * @param bucket the bucket; it must exist
 * @param region the signing region, for example {@code us-east-1}
 * @param endpoint an endpoint override for S3-compatible servers; empty for AWS
 * @param pathStyle {@code true} for {@code http://host/bucket/key} addressing (most S3-compatible
 *     servers need it)
 * @param credentials a static key pair; empty to use the AWS default credentials chain
 * @param partSizeBytes multipart part size, at least 5 MiB; objects smaller than one part are
 *     written with a single PUT
 * @param maxPartsInFlight parts uploaded at once for one object; memory per upload is about
 *     {@code partSizeBytes × (maxPartsInFlight + 1)}
 * @param retryPolicy retries of retriable failures
 * @param apiCallTimeout the limit for one request, retries excluded
 */
public record S3StoreSettings(
    String bucket,
    String region,
    Optional<URI> endpoint,
    boolean pathStyle,
    Optional<AccessKeyCredentials> credentials,
    int partSizeBytes,
    int maxPartsInFlight,
    RetryPolicy retryPolicy,
    Duration apiCallTimeout) {

  public static final int MIN_PART_SIZE_BYTES = 5 << 20;
  public static final int MAX_PART_SIZE_BYTES = 512 << 20;
  public static final int DEFAULT_PART_SIZE_BYTES = 8 << 20;
  public static final int DEFAULT_MAX_PARTS_IN_FLIGHT = 4;
  public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofMinutes(2);

  public S3StoreSettings {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    Objects.requireNonNull(apiCallTimeout, "apiCallTimeout");
    if (bucket.isBlank()) {
      throw new IllegalArgumentException("bucket must not be blank");
    }
    if (region.isBlank()) {
      throw new IllegalArgumentException("region must not be blank");
    }
    endpoint.ifPresent(
        uri -> {
          if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException(
                "endpoint must be an absolute http(s) URI: '" + uri + "'");
          }
        });
    if (partSizeBytes < MIN_PART_SIZE_BYTES || partSizeBytes > MAX_PART_SIZE_BYTES) {
      throw new IllegalArgumentException(
          "partSizeBytes must be in [" + MIN_PART_SIZE_BYTES + ", " + MAX_PART_SIZE_BYTES + "]: "
              + partSizeBytes);
    }
    if (maxPartsInFlight < 1 || maxPartsInFlight > 64) {
      throw new IllegalArgumentException("maxPartsInFlight must be in [1, 64]: " + maxPartsInFlight);
    }
    if (apiCallTimeout.isNegative() || apiCallTimeout.isZero()) {
      throw new IllegalArgumentException("apiCallTimeout must be positive: " + apiCallTimeout);
    }
  }

  /** AWS S3 in {@code region}, default credentials chain, default part size and retries. */
  public static S3StoreSettings of(String bucket, String region) {
    return new S3StoreSettings(
        bucket,
        region,
        Optional.empty(),
        false,
        Optional.empty(),
        DEFAULT_PART_SIZE_BYTES,
        DEFAULT_MAX_PARTS_IN_FLIGHT,
        RetryPolicy.defaults(),
        DEFAULT_API_CALL_TIMEOUT);
  }

  /** An S3-compatible server at {@code uri}, addressed path-style. */
  public S3StoreSettings withEndpoint(URI uri) {
    return new S3StoreSettings(bucket, region, Optional.of(uri), true, credentials,
        partSizeBytes, maxPartsInFlight, retryPolicy, apiCallTimeout);
  }

  public S3StoreSettings withPathStyle(boolean value) {
    return new S3StoreSettings(bucket, region, endpoint, value, credentials,
        partSizeBytes, maxPartsInFlight, retryPolicy, apiCallTimeout);
  }

  public S3StoreSettings withCredentials(AccessKeyCredentials value) {
    return new S3StoreSettings(bucket, region, endpoint, pathStyle, Optional.of(value),
        partSizeBytes, maxPartsInFlight, retryPolicy, apiCallTimeout);
  }

  public S3StoreSettings withParts(int sizeBytes, int inFlight) {
    return new S3StoreSettings(bucket, region, endpoint, pathStyle, credentials,
        sizeBytes, inFlight, retryPolicy, apiCallTimeout);
  }

  public S3StoreSettings withRetryPolicy(RetryPolicy value) {
    return new S3StoreSettings(bucket, region, endpoint, pathStyle, credentials,
        partSizeBytes, maxPartsInFlight, value, apiCallTimeout);
  }

  public S3StoreSettings withApiCallTimeout(Duration value) {
    return new S3StoreSettings(bucket, region, endpoint, pathStyle, credentials,
        partSizeBytes, maxPartsInFlight, retryPolicy, value);
  }

  /** One row per setting, for the README's table; a test keeps the two in step. */
  public static List<SettingDoc> documentation() {
    RetryPolicy retry = RetryPolicy.defaults();
    return List.of(
        new SettingDoc("bucket", "(required)", "The bucket; it must exist."),
        new SettingDoc("region", "(required)", "Signing region, for example `us-east-1`."),
        new SettingDoc("endpoint", "AWS", "Endpoint override for S3-compatible servers; "
            + "`withEndpoint` also turns on path-style access."),
        new SettingDoc("pathStyle", "false", "`http://host/bucket/key` addressing."),
        new SettingDoc("credentials", "default chain", "Static access key pair; the secret never "
            + "appears in `toString`. Empty: the AWS default credentials chain."),
        new SettingDoc("partSizeBytes", String.valueOf(DEFAULT_PART_SIZE_BYTES),
            "Multipart part size, in [" + MIN_PART_SIZE_BYTES + ", " + MAX_PART_SIZE_BYTES
                + "]. Smaller objects take one PUT."),
        new SettingDoc("maxPartsInFlight", String.valueOf(DEFAULT_MAX_PARTS_IN_FLIGHT),
            "Parts uploaded at once per object, in [1, 64]. Upload memory is about "
                + "`partSizeBytes × (maxPartsInFlight + 1)`, plus a chunk per part for segments,"
                + " whose parts end at chunk boundaries."),
        new SettingDoc("retryPolicy", retry.maxAttempts() + " attempts, "
            + retry.baseDelay().toMillis() + " ms base, " + retry.maxDelay().toMillis() + " ms cap",
            "Exponential backoff with full jitter on 5xx, 429, SlowDown, timeouts and I/O errors; "
                + "never on other 4xx."),
        new SettingDoc("apiCallTimeout", DEFAULT_API_CALL_TIMEOUT.toSeconds() + " s",
            "Limit for one request."));
  }
}
