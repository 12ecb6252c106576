package io.tierline.offloader.segment;

import com.github.luben.zstd.Zstd;
import io.tierline.offloader.ByteRange;
import io.tierline.offloader.CorruptedDataException;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.StoreUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32C;

/**
 * Fetches one chunk with a ranged GET, checks its length and CRC32C, and decompresses it. Bytes
 * that fail a check are dropped: the caller gets a {@link CorruptedDataException} naming the
 * object, never the bytes.
 */
final class ChunkReader {
  private final Requests requests;

  ChunkReader(Requests requests) {
    this.requests = requests;
  }

  byte[] read(SegmentCoordinates segment, ObjectKey log, SegmentManifest manifest, int index) {
    SegmentManifest.Chunk chunk = manifest.chunks().get(index);
    ByteRange range = ByteRange.ofLength(chunk.storedOffset(), chunk.storedLength());
    byte[] stored = requests.fetch(segment, log, range);
    String where = "chunk " + index + " (stored bytes " + range.first() + "-" + range.last()
        + ") of object " + log;
    if (stored.length != chunk.storedLength()) {
      throw new CorruptedDataException(
          "Truncated " + where + ": got " + stored.length + " of " + chunk.storedLength() + " bytes");
    }
    int actual = crc32c(stored);
    if (actual != chunk.crc32c()) {
      throw new CorruptedDataException(String.format(
          "Checksum mismatch in %s: CRC32C %08x, manifest says %08x", where, actual, chunk.crc32c()));
    }
    if (manifest.compression() == Compression.NONE) {
      return stored;
    }
    byte[] original = new byte[chunk.originalLength()];
    long size = Zstd.decompressByteArray(original, 0, original.length, stored, 0, stored.length);
    if (Zstd.isError(size) || size != original.length) {
      throw new CorruptedDataException("Cannot decompress " + where + ": "
          + (Zstd.isError(size) ? Zstd.getErrorName(size) : size + " bytes, expected " + original.length));
    }
    return original;
  }

  static int crc32c(byte[] data) {
    CRC32C crc = new CRC32C();
    crc.update(data, 0, data.length);
    return (int) crc.getValue();
  }

  static byte[] readAll(ObjectKey key, InputStream in, int expectedLength) {
    try (in) {
      return expectedLength >= 0 ? in.readNBytes(expectedLength) : in.readAllBytes();
    } catch (IOException e) {
      throw new StoreUnavailableException("Cannot read object " + key + ": " + e, e);
    }
  }
}
