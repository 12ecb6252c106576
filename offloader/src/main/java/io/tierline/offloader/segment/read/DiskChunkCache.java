package io.tierline.offloader.segment.read;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectStoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Chunks as the bucket stores them (compressed, and encrypted when the segment is), in files in a
 * directory on the broker's local disk: a second tier below the memory cache, for working sets
 * larger than the heap. Bounded in bytes; evicts by Caffeine's frequency-aware policy, as the
 * memory cache does. A chunk read back is trusted only once its length and CRC32C match the
 * manifest's; one that does not is deleted and reported as absent, so the reader fetches it from
 * the bucket again. The directory is emptied when the cache opens: what an earlier process left is
 * not known to be whole. A failed write only loses the copy: the disk is an optimisation, never a
 * source of errors.
 */
public final class DiskChunkCache {
  private static final String SUFFIX = ".chunk";
  private static final String TEMP_PREFIX = ".tmp-";

  private final Path directory;
  private final long maxBytes;
  private final Cache<String, Integer> lengths;
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong temps = new AtomicLong();

  private DiskChunkCache(Path directory, long maxBytes) {
    this.directory = directory;
    this.maxBytes = maxBytes;
    this.lengths =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher((String name, Integer length) -> length)
            .executor(Runnable::run)
            .removalListener(
                (String name, Integer length, RemovalCause cause) -> {
                  if (cause != RemovalCause.REPLACED) {
                    deleteQuietly(directory.resolve(name));
                  }
                })
            .build();
  }

  /**
   * Opens the cache in {@code directory}, which is created if absent and emptied of every file a
   * cache left in it.
   *
   * @throws ObjectStoreException if the directory cannot be created or cleaned, naming it
   */
  public static DiskChunkCache open(Path directory, long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    Path dir = directory.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String name = file.getFileName().toString();
          if (name.endsWith(SUFFIX) || name.startsWith(TEMP_PREFIX)) {
            Files.deleteIfExists(file);
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ObjectStoreException("Cannot prepare the disk chunk cache in " + dir + ": " + e, e);
    }
    return new DiskChunkCache(dir, maxBytes);
  }

  /**
   * The stored bytes of chunk {@code index} of {@code log}, if held and they match {@code
   * storedLength} and {@code crc32c}; otherwise null, and a copy that did not match is dropped.
   */
  byte[] read(ObjectKey log, int index, int storedLength, int crc32c) {
    String name = name(log, index);
    if (lengths.getIfPresent(name) == null) {
      return null;
    }
    byte[] stored;
    try {
      stored = Files.readAllBytes(directory.resolve(name));
    } catch (NoSuchFileException evictedMeanwhile) {
      return null;
    } catch (IOException e) {
      lengths.invalidate(name);
      return null;
    }
    if (stored.length != storedLength || ChunkReader.crc32c(stored, 0, stored.length) != crc32c) {
      rejected.incrementAndGet();
      lengths.invalidate(name);
      return null;
    }
    return stored;
  }

  /** Keeps a copy of a chunk's stored bytes, already checked against the manifest. */
  void write(ObjectKey log, int index, byte[] run, int offset, int length) {
    if (length > maxBytes) {
      return;
    }
    String name = name(log, index);
    Path temp = directory.resolve(TEMP_PREFIX + temps.incrementAndGet() + "-" + name);
    try {
      Files.write(temp, java.util.Arrays.copyOfRange(run, offset, offset + length));
      try {
        Files.move(
            temp,
            directory.resolve(name),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
      lengths.put(name, length);
    } catch (IOException | UncheckedIOException e) {
      deleteQuietly(temp);
    }
  }

  /** Chunks read back that did not match their manifest, and were fetched again. */
  public long rejected() {
    return rejected.get();
  }

  /** Bytes held now; at most the bound, once evictions have run. */
  public long heldBytes() {
    lengths.cleanUp();
    return lengths.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
  }

  /** The directory, for tests and operators. */
  public Path directory() {
    return directory;
  }

  /** A file name per chunk: a hash of the object key, so that no key can name a path. */
  private static String name(ObjectKey log, int index) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(log.value().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 20) + "-" + index + SUFFIX;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A file that cannot be deleted is removed with the directory's next start-up clean.
    }
  }
}
