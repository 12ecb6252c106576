package io.tierline.offloader.segment;

import io.tierline.settingsdocs.Setting;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The optional disk tier of the chunk cache: chunks as stored in the bucket, in files on the local
 * disk, below the memory cache.
 */
public record DiskCacheSettings(
    @Setting(
            "Directory of the cached chunks on local disk; created if absent, and emptied of cached"
                + " chunks when the store opens. Give each store its own directory.")
        Path directory,
    @Setting(
            "Bound of the disk cache in stored bytes. Chunks enter and leave it by frequency"
                + " (Caffeine's W-TinyLFU), as in the memory cache.")
        long maxBytes) {

  public DiskCacheSettings {
    Objects.requireNonNull(directory, "directory");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }
}
