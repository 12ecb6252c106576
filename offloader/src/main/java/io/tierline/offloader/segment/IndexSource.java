package io.tierline.offloader.segment;

import java.nio.ByteBuffer;
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

  record FileIndex(Path path) implements IndexSource {
    public FileIndex {
      Objects.requireNonNull(path, "path");
    }
  }

  record BufferIndex(ByteBuffer buffer) implements IndexSource {
    public BufferIndex {
      Objects.requireNonNull(buffer, "buffer");
    }
  }
}
