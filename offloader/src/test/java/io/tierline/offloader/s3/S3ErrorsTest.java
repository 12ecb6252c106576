package io.tierline.offloader.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectNotFoundException;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.StoreUnavailableException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.S3Exception;

class S3ErrorsTest {
  private static final ObjectKey KEY = ObjectKey.of("a/b.log");

  private static ObjectStoreException translate(int status, String code) {
    S3Exception e =
        (S3Exception)
            S3Exception.builder()
                .statusCode(status)
                .awsErrorDetails(
                    AwsErrorDetails.builder().errorCode(code).errorMessage("m").build())
                .build();
    return S3Errors.translate("GET", "bkt", KEY, e);
  }

  @Test
  void translate_404AndRangePastTheEnd_areNotFound() {
    assertThat(translate(404, "NoSuchKey"))
        .isInstanceOf(ObjectNotFoundException.class)
        .hasMessageContaining("s3://bkt/a/b.log");
    assertThat(translate(416, "InvalidRange")).isInstanceOf(ObjectNotFoundException.class);
  }

  @Test
  void translate_serverErrorsAndThrottling_areUnavailable() {
    assertThat(translate(500, "InternalError")).isInstanceOf(StoreUnavailableException.class);
    assertThat(translate(503, "SlowDown")).isInstanceOf(StoreUnavailableException.class);
    assertThat(translate(429, "TooManyRequests")).isInstanceOf(StoreUnavailableException.class);
    assertThat(translate(400, "RequestTimeout")).isInstanceOf(StoreUnavailableException.class);
  }

  @Test
  void translate_otherClientErrors_areNotRetriable() {
    ObjectStoreException e = translate(403, "AccessDenied");
    assertThat(e)
        .isExactlyInstanceOf(ObjectStoreException.class)
        .hasMessageContaining("403 AccessDenied");
  }

  @Test
  void translate_connectionFailures_areUnavailable() {
    SdkClientException reset =
        SdkClientException.create(
            "Unable to execute HTTP request", new IOException("Connection reset"));
    assertThat(S3Errors.translate("PUT", "bkt", KEY, reset))
        .isInstanceOf(StoreUnavailableException.class);
  }
}
