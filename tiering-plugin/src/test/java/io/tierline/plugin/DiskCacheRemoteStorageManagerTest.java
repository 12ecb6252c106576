package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/**
 * The plugin's contract with the disk chunk cache on, over the filesystem backend: every read of
 * the contract goes through it, and nothing read from disk differs from what was stored.
 */
class DiskCacheRemoteStorageManagerTest extends RemoteStorageManagerContract {

  private Path root() {
    return dir.resolve("remote");
  }

  private Path cache() {
    return dir.resolve("disk-cache");
  }

  @Override
  Map<String, Object> backendConfig() {
    return Map.of(
        "storage.backend",
        "filesystem",
        "storage.filesystem.root",
        root().toString(),
        "fetch.disk.cache.path",
        cache().toString(),
        "fetch.cache.size.bytes",
        "0");
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

  @Test
  void chunksRead_areKeptOnDisk_andServeTheNextRead() throws Exception {
    SegmentFixture segment = segment(0, 3 * CHUNK + 11, false);
    rsm.copyLogSegmentData(segment.metadata(), segment.data());
    assertThat(read(rsm.fetchLogSegment(segment.metadata(), 0))).isEqualTo(segment.log());
    try (Stream<Path> files = Files.list(cache())) {
      assertThat(files.count()).as("one file per chunk").isEqualTo(4);
    }
    try (Stream<Path> stored = Files.walk(root())) {
      stored
          .filter(p -> p.toString().endsWith(".log"))
          .forEach(DiskCacheRemoteStorageManagerTest::delete);
    }
    assertThat(read(rsm.fetchLogSegment(segment.metadata(), CHUNK, 2 * CHUNK + 5)))
        .as("served from disk, with the bucket's copy gone")
        .isEqualTo(Arrays.copyOfRange(segment.log(), CHUNK, 2 * CHUNK + 6));
  }

  @Test
  void aRelativeOrUnusableDirectory_stopsStartUpNamingTheKey() throws Exception {
    assertThatThrownBy(() -> configured(Map.of("fetch.disk.cache.path", "cache")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("fetch.disk.cache.path")
        .hasMessageContaining("absolute");
    Path file = Files.write(dir.resolve("a-file"), new byte[] {1});
    assertThatThrownBy(
            () -> configured(Map.of("fetch.disk.cache.path", file.resolve("cache").toString())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("fetch.disk.cache.path")
        .hasMessageContaining(file.resolve("cache").toString());
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
