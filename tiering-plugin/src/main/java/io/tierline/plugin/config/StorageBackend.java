package io.tierline.plugin.config;

import java.util.Locale;

/** The object stores the plugin can write to. */
public enum StorageBackend {
  S3,
  MINIO,
  FILESYSTEM;

  static StorageBackend parse(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }

  /** Whether the backend stores objects in a bucket of an S3-compatible service. */
  public boolean usesBucket() {
    return this != FILESYSTEM;
  }
}
