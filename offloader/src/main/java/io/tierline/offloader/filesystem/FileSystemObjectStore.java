package io.tierline.offloader.filesystem;

import io.tierline.offloader.ByteRange;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectNotFoundException;
import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.StoredObject;
import io.tierline.offloader.SupportsListing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An {@link ObjectStore} that keeps each object as a file under a root directory, the key's {@code
 * /} separating directories. Writes go to a hidden temporary file in the target directory and are
 * renamed into place, so readers see a whole object or none.
 */
public final class FileSystemObjectStore implements ObjectStore, SupportsListing {
  private static final String TEMP_PREFIX = ".tmp-";

  private final Path root;

  private FileSystemObjectStore(Path root) {
    this.root = root;
  }

  /** Opens the store, creating its root directory if needed. */
  public static ObjectStore create(FileSystemStoreSettings settings) {
    Path root = settings.root().toAbsolutePath().normalize();
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new ObjectStoreException(
          "Cannot create the store's root directory " + root + ": " + e, e);
    }
    return new FileSystemObjectStore(root);
  }

  @Override
  public long upload(ObjectKey key, InputStream data) {
    Path target = resolve(key);
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      temp = target.resolveSibling(TEMP_PREFIX + target.getFileName() + "-" + UUID.randomUUID());
      long written = Files.copy(data, temp);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return written;
    } catch (IOException | UncheckedIOException e) {
      deleteQuietly(temp);
      throw new ObjectStoreException("Cannot write object " + key + ": " + e, e);
    } catch (RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
  }

  @Override
  public InputStream fetch(ObjectKey key, ByteRange range) {
    Path file = resolve(key);
    try {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
      long size = channel.size();
      if (range.first() >= size) {
        channel.close();
        throw new ObjectNotFoundException(
            "Range " + range + " starts past the end of object " + key + " (" + size + " bytes)");
      }
      channel.position(range.first());
      long length = Math.min(range.length(), size - range.first());
      return new BoundedInputStream(Channels.newInputStream(channel), length);
    } catch (NoSuchFileException e) {
      throw new ObjectNotFoundException("No object " + key + " in " + root, e);
    } catch (IOException e) {
      throw new ObjectStoreException("Cannot read object " + key + ": " + e, e);
    }
  }

  @Override
  public InputStream fetch(ObjectKey key) {
    try {
      return Files.newInputStream(resolve(key));
    } catch (NoSuchFileException e) {
      throw new ObjectNotFoundException("No object " + key + " in " + root, e);
    } catch (IOException e) {
      throw new ObjectStoreException("Cannot read object " + key + ": " + e, e);
    }
  }

  @Override
  public void delete(ObjectKey key) {
    try {
      Files.deleteIfExists(resolve(key));
    } catch (IOException e) {
      throw new ObjectStoreException("Cannot delete object " + key + ": " + e, e);
    }
  }

  @Override
  public List<StoredObject> listObjects(String prefix) {
    List<StoredObject> objects = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> regular =
          files
              .filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith(TEMP_PREFIX))
              .toList();
      for (Path file : regular) {
        String key =
            root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        if (key.startsWith(prefix)) {
          objects.add(new StoredObject(ObjectKey.of(key), Files.size(file)));
        }
      }
    } catch (NoSuchFileException deletedWhileListing) {
      // An object deleted between the walk and its size is no longer there: list again.
      return listObjects(prefix);
    } catch (IOException | UncheckedIOException e) {
      throw new ObjectStoreException(
          "Cannot list " + root + " for prefix '" + prefix + "': " + e, e);
    }
    objects.sort(Comparator.comparing(o -> o.key().value()));
    return objects;
  }

  @Override
  public void close() {}

  private Path resolve(ObjectKey key) {
    Path path = root.resolve(key.value()).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new IllegalArgumentException("Object key escapes the store's root: '" + key + "'");
    }
    return path;
  }

  private static void deleteQuietly(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // The original failure matters more; a stray temp file is hidden from list().
      }
    }
  }
}
