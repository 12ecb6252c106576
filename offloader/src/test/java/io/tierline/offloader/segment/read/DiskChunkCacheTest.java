package io.tierline.offloader.segment.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.testing.RandomData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskChunkCacheTest {
  private static final ObjectKey LOG = ObjectKey.of("t-id/0/00000000000000000000-s.log");

  @TempDir Path dir;

  @Test
  void aChunkWritten_readsBackWhenItMatchesTheManifest() {
    DiskChunkCache disk = DiskChunkCache.open(dir, 1 << 20);
    byte[] run = RandomData.bytes(3000, 1);
    disk.write(LOG, 4, run, 1000, 1500);
    int crc = ChunkReader.crc32c(run, 1000, 1500);
    assertThat(disk.read(LOG, 4, 1500, crc)).containsExactly(slice(run, 1000, 1500));
    assertThat(disk.read(LOG, 5, 1500, crc)).as("another chunk").isNull();
    assertThat(disk.read(LOG, 4, 1499, crc)).as("another length in the manifest").isNull();
  }

  @Test
  void aDamagedCopy_isRejected_deleted_andNotReadAgain() throws IOException {
    DiskChunkCache disk = DiskChunkCache.open(dir, 1 << 20);
    byte[] chunk = RandomData.bytes(2000, 2);
    disk.write(LOG, 0, chunk, 0, chunk.length);
    Path file = onlyFile();
    byte[] damaged = Files.readAllBytes(file);
    damaged[777] ^= 0x01;
    Files.write(file, damaged);

    assertThat(disk.read(LOG, 0, chunk.length, ChunkReader.crc32c(chunk, 0, chunk.length)))
        .isNull();
    assertThat(disk.rejected()).isEqualTo(1);
    assertThat(file).doesNotExist();
    assertThat(disk.heldBytes()).isZero();
  }

  @Test
  void theBound_holdsOnDisk() throws IOException {
    DiskChunkCache disk = DiskChunkCache.open(dir, 10_000);
    for (int i = 0; i < 40; i++) {
      byte[] chunk = RandomData.bytes(1000, i);
      disk.write(LOG, i, chunk, 0, chunk.length);
    }
    assertThat(disk.heldBytes()).isLessThanOrEqualTo(10_000);
    assertThat(filesBytes()).isEqualTo(disk.heldBytes());
  }

  @Test
  void opening_emptiesWhatAnEarlierProcessLeft_andKeepsOtherFiles() throws IOException {
    DiskChunkCache first = DiskChunkCache.open(dir, 1 << 20);
    first.write(LOG, 0, new byte[] {1, 2, 3}, 0, 3);
    Files.write(dir.resolve(".tmp-9-half-written.chunk"), new byte[] {1});
    Path unrelated = Files.write(dir.resolve("README"), new byte[] {1});

    DiskChunkCache second = DiskChunkCache.open(dir, 1 << 20);

    assertThat(second.read(LOG, 0, 3, ChunkReader.crc32c(new byte[] {1, 2, 3}, 0, 3))).isNull();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(unrelated);
    }
  }

  @Test
  void aDirectoryThatCannotBeMade_isNamedInTheError() throws IOException {
    Path file = Files.write(dir.resolve("a-file"), new byte[] {1});
    assertThatThrownBy(() -> DiskChunkCache.open(file.resolve("cache"), 1 << 20))
        .hasMessageContaining(file.resolve("cache").toString());
    assertThatThrownBy(() -> DiskChunkCache.open(dir, 0)).hasMessageContaining("maxBytes");
  }

  private Path onlyFile() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.reduce((a, b) -> fail()).orElseThrow();
    }
  }

  private static Path fail() {
    throw new AssertionError("more than one file in the cache directory");
  }

  private long filesBytes() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static byte[] slice(byte[] bytes, int offset, int length) {
    return java.util.Arrays.copyOfRange(bytes, offset, offset + length);
  }
}
