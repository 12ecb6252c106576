package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.tierline.offloader.segment.format.RawManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.server.log.remote.storage.RemoteStorageException;
import org.apache.kafka.server.log.remote.storage.RemoteStorageManager.IndexType;
import org.junit.jupiter.api.Test;

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

  /**
   * A manifest whose checksum is valid but whose lengths lie fails the read at once with {@link
   * RemoteStorageException}: before, a claimed 1.5 GB index threw {@code OutOfMemoryError} out of
   * {@code fetchIndex}, and a stored length shorter than the original made a reader loop forever
   * or, from the middle of the chunk, throw {@code ArrayIndexOutOfBoundsException}.
   */
  @Test
  void forgedManifest_failsTheReadWithRemoteStorageException() throws Exception {
    SegmentFixture segment = segment(700, 3 * CHUNK + 99, false);
    rsm.copyLogSegmentData(segment.metadata(), segment.data());
    Path manifest =
        root()
            .resolve(storedKeys().stream().filter(k -> k.endsWith(".manifest")).findFirst().get());
    byte[] valid = Files.readAllBytes(manifest);

    forge(manifest, valid, m -> m.indexes.get(0)[2] = 1536L << 20);
    try (TieredRemoteStorageManager reader = configured(Map.of())) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(30),
          () ->
              assertThatThrownBy(() -> reader.fetchIndex(segment.metadata(), IndexType.OFFSET))
                  .isInstanceOf(RemoteStorageException.class)
                  .hasMessageContaining("OFFSET index claims 1610612736 bytes"));
    }

    forge(manifest, valid, m -> m.chunks.get(m.chunks.size() - 1)[1] -= 50);
    try (TieredRemoteStorageManager reader = configured(Map.of())) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(30),
          () -> {
            for (int start : new int[] {0, 3 * CHUNK + 60}) {
              assertThatThrownBy(() -> read(reader.fetchLogSegment(segment.metadata(), start)))
                  .isInstanceOf(RemoteStorageException.class)
                  .hasMessageContaining("cannot produce");
            }
          });
    }
  }

  private static void forge(Path manifest, byte[] valid, Consumer<RawManifest> lie)
      throws Exception {
    RawManifest m = RawManifest.parse(valid);
    lie.accept(m);
    m.totalsFromChunks().indexOffsetsFromLengths();
    Files.write(manifest, m.encode());
  }
}
