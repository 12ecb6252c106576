package io.tierline.offloader.minio;

import io.minio.errors.ErrorResponseException;
import io.minio.errors.ServerException;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectNotFoundException;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.StoreUnavailableException;
import java.io.IOException;
import java.util.Set;

/** The one place where MinIO client errors become offloader errors. */
final class MinioErrors {
  private static final Set<String> RETRIABLE =
      Set.of(
          "SlowDown",
          "RequestTimeout",
          "InternalError",
          "ServiceUnavailable",
          "XMinioServerNotInitialized");

  private MinioErrors() {}

  /** Same classification as the S3 backend: 404/416 not found; 5xx, 429, I/O unavailable. */
  static ObjectStoreException translate(
      String operation, String bucket, ObjectKey key, Exception e) {
    String where = operation + " minio://" + bucket + "/" + (key == null ? "" : key);
    if (e instanceof ErrorResponseException response) {
      String code = response.errorResponse().code();
      int status = response.response() == null ? 0 : response.response().code();
      String detail = where + ": HTTP " + status + " " + code;
      if (status == 404 || "NoSuchKey".equals(code) || "NoSuchObject".equals(code)) {
        return new ObjectNotFoundException("No object: " + detail, e);
      }
      if (status == 416 || "InvalidRange".equals(code)) {
        return new ObjectNotFoundException("Range starts past the end of the object: " + detail, e);
      }
      if (status >= 500 || status == 429 || RETRIABLE.contains(code)) {
        return new StoreUnavailableException(detail, e);
      }
      return new ObjectStoreException(detail + ": " + response.errorResponse().message(), e);
    }
    if (e instanceof ServerException server) {
      return new StoreUnavailableException(where + ": HTTP " + server.statusCode(), e);
    }
    if (e instanceof IOException) {
      return new StoreUnavailableException(where + ": " + e, e);
    }
    return new ObjectStoreException(where + ": " + e, e);
  }
}
