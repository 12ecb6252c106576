package io.tierline.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The plugin's contract over the filesystem backend. */
class FileSystemRemoteStorageManagerTest extends RemoteStorageManagerContract {

  private Path root() {
    return dir.resolve("remote");
  }

  @Override
  Map<String, Object> backendConfig() {
    return Map.of(
        "storage.backend",
        "filesystem",
        "storage.filesystem.root",
        root().toString(),
        "key.prefix",
        "cluster-a");
  }

  @Override
  List<String> storedKeys() throws Exception {
    if (!Files.exists(root())) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root())) {
      return files.filter(Files::isRegularFile).map(p -> root().relativize(p).toString()).toList();
    }
  }
}
