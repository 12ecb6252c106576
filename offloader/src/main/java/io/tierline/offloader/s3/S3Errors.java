package io.tierline.offloader.s3;

import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectNotFoundException;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.StoreUnavailableException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** The one place where AWS SDK errors become offloader errors. */
final class S3Errors {
  private static final Set<String> NOT_FOUND = Set.of("NoSuchKey", "NotFound", "NoSuchUpload");
  private static final Set<String> RETRIABLE =
      Set.of(
          "SlowDown",
          "RequestTimeout",
          "RequestTimeTooSkewed",
          "InternalError",
          "ServiceUnavailable",
          "Throttling",
          "ThrottlingException");

  private S3Errors() {}

  /**
   * Not found for a 404 or a range past the end (416); unavailable, and so retried, for 5xx, 429,
   * throttling codes and client-side I/O failures (reset connections, timeouts); any other 4xx is a
   * plain {@link ObjectStoreException}, never retried.
   */
  static ObjectStoreException translate(
      String operation, String bucket, ObjectKey key, SdkException e) {
    String where = operation + " s3://" + bucket + "/" + (key == null ? "" : key);
    if (e instanceof AwsServiceException service) {
      int status = service.statusCode();
      String code =
          service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
      String detail = where + ": HTTP " + status + (code == null ? "" : " " + code);
      if (status == 404 || NOT_FOUND.contains(code)) {
        return new ObjectNotFoundException("No object: " + detail, e);
      }
      if (status == 416 || "InvalidRange".equals(code)) {
        return new ObjectNotFoundException("Range starts past the end of the object: " + detail, e);
      }
      if (status >= 500 || status == 429 || RETRIABLE.contains(code)) {
        return new StoreUnavailableException(detail, e);
      }
      return new ObjectStoreException(detail + ": " + service.getMessage(), e);
    }
    if (e instanceof SdkClientException) {
      return new StoreUnavailableException(where + ": " + e.getMessage(), e);
    }
    return new ObjectStoreException(where + ": " + e.getMessage(), e);
  }
}
