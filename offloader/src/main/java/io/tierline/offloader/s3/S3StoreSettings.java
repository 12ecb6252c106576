package io.tierline.offloader.s3;

import io.tierline.offloader.AccessKeyCredentials;
import io.tierline.offloader.RetryPolicy;
import io.tierline.settingsdocs.Setting;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach an S3 bucket, and how to upload to it. Each setting is described where it is
 * declared; {@code docs/offloader.md} shows these descriptions with the defaults of {@link
 * #of(String, String)}.
 */
public record S3StoreSettings(
    @Setting(value = "The bucket; it must exist.", defaultText = "(required)") String bucket,
    @Setting(value = "Signing region, for example `us-east-1`.", defaultText = "(required)")
        String region,
    @Setting(
            "Endpoint override for S3-compatible servers; none: AWS. `withEndpoint` also turns on"
                + " path-style access.")
        Optional<URI> endpoint,
    @Setting("`http://host/bucket/key` addressing, which most S3-compatible servers need.")
        boolean pathStyle,
    @Setting(
            "Static access key pair; the secret never appears in `toString`. None: the AWS default"
                + " credentials chain.")
        Optional<AccessKeyCredentials> credentials,
    @Setting(
            "Multipart part size, in ["
                + S3StoreSettings.MIN_PART_SIZE_BYTES
                + ", "
                + S3StoreSettings.MAX_PART_SIZE_BYTES
                + "]. Smaller objects take one PUT.")
        int partSizeBytes,
    @Setting(
            "Parts uploaded at once per object, in [1, 64]. Upload memory is about `partSizeBytes ×"
                + " (maxPartsInFlight + 1)`, plus a chunk per part for segments, whose parts end at"
                + " chunk boundaries.")
        int maxPartsInFlight,
    @Setting(
            "Exponential backoff with full jitter on 5xx, 429, SlowDown, timeouts and I/O errors;"
                + " never on other 4xx.")
        RetryPolicy retryPolicy,
    @Setting("Limit for one request, retries excluded.") Duration apiCallTimeout) {

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
          "partSizeBytes must be in ["
              + MIN_PART_SIZE_BYTES
              + ", "
              + MAX_PART_SIZE_BYTES
              + "]: "
              + partSizeBytes);
    }
    if (maxPartsInFlight < 1 || maxPartsInFlight > 64) {
      throw new IllegalArgumentException(
          "maxPartsInFlight must be in [1, 64]: " + maxPartsInFlight);
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
    return new S3StoreSettings(
        bucket,
        region,
        Optional.of(uri),
        true,
        credentials,
        partSizeBytes,
        maxPartsInFlight,
        retryPolicy,
        apiCallTimeout);
  }

  public S3StoreSettings withPathStyle(boolean value) {
    return new S3StoreSettings(
        bucket,
        region,
        endpoint,
        value,
        credentials,
        partSizeBytes,
        maxPartsInFlight,
        retryPolicy,
        apiCallTimeout);
  }

  public S3StoreSettings withCredentials(AccessKeyCredentials value) {
    return new S3StoreSettings(
        bucket,
        region,
        endpoint,
        pathStyle,
        Optional.of(value),
        partSizeBytes,
        maxPartsInFlight,
        retryPolicy,
        apiCallTimeout);
  }

  public S3StoreSettings withParts(int sizeBytes, int inFlight) {
    return new S3StoreSettings(
        bucket,
        region,
        endpoint,
        pathStyle,
        credentials,
        sizeBytes,
        inFlight,
        retryPolicy,
        apiCallTimeout);
  }

  public S3StoreSettings withRetryPolicy(RetryPolicy value) {
    return new S3StoreSettings(
        bucket,
        region,
        endpoint,
        pathStyle,
        credentials,
        partSizeBytes,
        maxPartsInFlight,
        value,
        apiCallTimeout);
  }

  public S3StoreSettings withApiCallTimeout(Duration value) {
    return new S3StoreSettings(
        bucket,
        region,
        endpoint,
        pathStyle,
        credentials,
        partSizeBytes,
        maxPartsInFlight,
        retryPolicy,
        value);
  }
}
