package io.tierline.costanalyzer.configuration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tierline.settingsdocs.Setting;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The bucket (or directory) where a cluster's tiering plugin stores segments, and how to reach it:
 * the service lists it to measure each topic's remote bytes and objects. Mirrors the plugin's
 * {@code rsm.config.storage.*} and {@code key.prefix*} keys. The keys are secrets: {@link
 * #toString()} never shows them.
 */
public class RemoteStorageConfig {

  @Setting("`s3` (AWS S3 or any S3-compatible server) or `filesystem`, as the plugin's")
  @NotNull
  @Pattern(regexp = "s3|filesystem", message = "must be s3 or filesystem")
  private String backend = "s3";

  @Setting("the bucket the plugin writes to (s3)")
  private String bucket;

  @Setting("the bucket's region (s3)")
  @NotEmpty
  private String region = "us-east-1";

  @Setting("an S3-compatible endpoint such as `http://127.0.0.1:9000`; none: AWS")
  private String endpoint;

  @Setting("address the bucket in the path, as S3-compatible servers usually need")
  private boolean pathStyleAccess = false;

  @Setting("access key id; none: the AWS default credentials chain (masked everywhere)")
  private String accessKey;

  @Setting("secret access key, best as an environment reference (masked everywhere)")
  private String secretKey;

  @Setting("the plugin's `key.prefix`")
  @NotNull
  @Pattern(
      regexp = "|[^/](.*[^/])?",
      message = "must be empty or segments separated by '/', without a leading or trailing '/'")
  private String keyPrefix = "";

  @Setting("the plugin's `key.prefix.salting`: the whole bucket is listed, not just the prefix")
  private boolean keyPrefixSalting = false;

  @Setting("the directory that holds the objects (filesystem)")
  private String filesystemRoot;

  @JsonProperty
  public String getBackend() {
    return backend;
  }

  @JsonProperty
  public void setBackend(String backend) {
    this.backend = backend;
  }

  @JsonProperty
  public String getBucket() {
    return bucket;
  }

  @JsonProperty
  public void setBucket(String bucket) {
    this.bucket = bucket;
  }

  @JsonProperty
  public String getRegion() {
    return region;
  }

  @JsonProperty
  public void setRegion(String region) {
    this.region = region;
  }

  @JsonProperty
  public String getEndpoint() {
    return endpoint;
  }

  @JsonProperty
  public void setEndpoint(String endpoint) {
    this.endpoint = endpoint;
  }

  @JsonProperty
  public boolean isPathStyleAccess() {
    return pathStyleAccess;
  }

  @JsonProperty
  public void setPathStyleAccess(boolean pathStyleAccess) {
    this.pathStyleAccess = pathStyleAccess;
  }

  @JsonProperty
  public String getAccessKey() {
    return accessKey;
  }

  @JsonProperty
  public void setAccessKey(String accessKey) {
    this.accessKey = accessKey;
  }

  @JsonProperty
  public String getSecretKey() {
    return secretKey;
  }

  @JsonProperty
  public void setSecretKey(String secretKey) {
    this.secretKey = secretKey;
  }

  @JsonProperty
  public String getKeyPrefix() {
    return keyPrefix;
  }

  @JsonProperty
  public void setKeyPrefix(String keyPrefix) {
    this.keyPrefix = keyPrefix;
  }

  @JsonProperty
  public boolean isKeyPrefixSalting() {
    return keyPrefixSalting;
  }

  @JsonProperty
  public void setKeyPrefixSalting(boolean keyPrefixSalting) {
    this.keyPrefixSalting = keyPrefixSalting;
  }

  @JsonProperty
  public String getFilesystemRoot() {
    return filesystemRoot;
  }

  @JsonProperty
  public void setFilesystemRoot(String filesystemRoot) {
    this.filesystemRoot = filesystemRoot;
  }

  @JsonIgnore
  public boolean isS3() {
    return "s3".equals(backend);
  }

  @JsonIgnore
  @AssertTrue(message = "set bucket for the s3 backend, filesystemRoot for the filesystem backend")
  public boolean isLocated() {
    return isS3() ? present(bucket) : present(filesystemRoot);
  }

  @JsonIgnore
  @AssertTrue(message = "set both accessKey and secretKey, or neither")
  public boolean isKeyPair() {
    return present(accessKey) == present(secretKey);
  }

  @JsonIgnore
  @AssertTrue(message = "endpoint must be an http:// or https:// URL")
  public boolean isEndpointAUrl() {
    return endpoint == null || endpoint.matches("https?://[^/\\s]+(/.*)?");
  }

  /** Where the objects are, for logs and answers: no keys. */
  @JsonIgnore
  public String location() {
    String root =
        isS3()
            ? "s3://" + bucket + (endpoint == null ? "" : " at " + endpoint)
            : "directory " + filesystemRoot;
    return keyPrefix.isEmpty() ? root : root + ", key prefix " + keyPrefix;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  @Override
  public String toString() {
    return "RemoteStorageConfig{"
        + location()
        + (present(accessKey) ? ", accessKey=" + Secrets.MASK + ", secretKey=" + Secrets.MASK : "")
        + "}";
  }
}
