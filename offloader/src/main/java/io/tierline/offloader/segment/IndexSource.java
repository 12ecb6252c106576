package io.tierline.offloader.segment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Where the bytes of one index come from: a file on the broker's disk, or a buffer in memory. */
public sealed interface IndexSource {

  static IndexSource file(Path path) {
    return new FileIndex(path);
  }

  /** The buffer's remaining bytes; the buffer itself is not modified. */
  static IndexSource bytes(ByteBuffer buffer) {
    return new BufferIndex(buffer.asReadOnlyBuffer());
  }

  /** The index's bytes from their start; each call opens them anew. */
  InputStream open() throws IOException;

  record FileIndex(Path path) implements IndexSource {
    public FileIndex {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }
  }

  record BufferIndex(ByteBuffer buffer) implements IndexSource {
    public BufferIndex {
      Objects.requireNonNull(buffer, "buffer");
    }

    @Override
    public InputStream open() {
      ByteBuffer bytes = buffer.duplicate();
      byte[] copy = new byte[bytes.remaining()];
      bytes.get(copy);
      return new ByteArrayInputStream(copy);
    }
  }
}
