package io.tierline.offloader.filesystem;

import java.nio.file.Path;
import java.util.Objects;

/** A directory that holds one file per object; created if missing. */
public record FileSystemStoreSettings(Path root) {
  public FileSystemStoreSettings {
    Objects.requireNonNull(root, "root");
  }

  public static FileSystemStoreSettings of(Path root) {
    return new FileSystemStoreSettings(root);
  }
}
