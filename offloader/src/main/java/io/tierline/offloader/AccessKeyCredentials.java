package io.tierline.offloader;

import java.util.Objects;

/**
 * A static access key pair for an S3-compatible store. The secret never appears in {@link
 * #toString()}, so settings that hold it can be logged.
 */
public record AccessKeyCredentials(String accessKeyId, String secretAccessKey) {
  public AccessKeyCredentials {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    if (accessKeyId.isBlank()) {
      throw new IllegalArgumentException("accessKeyId must not be blank");
    }
    if (secretAccessKey.isEmpty()) {
      throw new IllegalArgumentException("secretAccessKey must not be empty");
    }
  }

  public static AccessKeyCredentials of(String accessKeyId, String secretAccessKey) {
    return new AccessKeyCredentials(accessKeyId, secretAccessKey);
  }

  @Override
  public String toString() {
    return "AccessKeyCredentials[accessKeyId=" + accessKeyId + ", secretAccessKey=[hidden]]";
  }
}
