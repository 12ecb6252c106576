package io.tierline.offloader.segment.read;

import com.github.luben.zstd.Zstd;
import io.tierline.offloader.ByteRange;
import io.tierline.offloader.CorruptedDataException;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.segment.format.Compression;
import io.tierline.offloader.segment.format.SegmentManifest;
import java.util.zip.CRC32C;

/**
 * Fetches one chunk with a ranged GET, checks its length and CRC32C, and decompresses it. Bytes
 * that fail a check are dropped: the caller gets a {@link CorruptedDataException} naming the
 * object, never the bytes.
 */
final class ChunkReader {
  private ChunkReader() {}

  /**
   * Fetches chunks {@code first} to {@code last} with one ranged GET and checks each. Element
   * {@code k} of the result is chunk {@code first + k}: its {@link ChunkBytes}, or the {@link
   * CorruptedDataException} that it failed with (one bad chunk does not spoil its neighbours). A
   * failed GET throws. With a disk cache, the chunks at the start of the run that it holds,
   * checked, are read from it and the GET asks only for the rest; every chunk fetched and checked
   * is copied to it.
   */
  static Object[] readRun(
      SegmentReader.Fetch fetch,
      ObjectKey log,
      SegmentManifest manifest,
      DiskChunkCache disk,
      int first,
      int last) {
    Object[] chunks = new Object[last - first + 1];
    int from = first;
    while (disk != null && from <= last) {
      SegmentManifest.Chunk chunk = manifest.chunks().get(from);
      byte[] stored = disk.read(log, from, chunk.storedLength(), chunk.crc32c());
      if (stored == null) {
        break;
      }
      chunks[from - first] = decodeOrFailure(log, manifest, from, stored, chunk.storedOffset());
      from++;
    }
    if (from > last) {
      return chunks;
    }
    SegmentManifest.Chunk head = manifest.chunks().get(from);
    SegmentManifest.Chunk tail = manifest.chunks().get(last);
    ByteRange range =
        ByteRange.of(head.storedOffset(), tail.storedOffset() + tail.storedLength() - 1);
    byte[] stored = fetch.fetch(log, range);
    for (int index = from; index <= last; index++) {
      Object decoded = decodeOrFailure(log, manifest, index, stored, range.first());
      chunks[index - first] = decoded;
      if (disk != null && decoded instanceof ChunkBytes) {
        SegmentManifest.Chunk chunk = manifest.chunks().get(index);
        disk.write(
            log, index, stored, (int) (chunk.storedOffset() - range.first()), chunk.storedLength());
      }
    }
    return chunks;
  }

  private static Object decodeOrFailure(
      ObjectKey log, SegmentManifest manifest, int index, byte[] run, long runOffset) {
    try {
      return decode(log, manifest, index, run, runOffset);
    } catch (CorruptedDataException e) {
      return e;
    }
  }

  private static ChunkBytes decode(
      ObjectKey log, SegmentManifest manifest, int index, byte[] run, long runOffset) {
    SegmentManifest.Chunk chunk = manifest.chunks().get(index);
    int offset = (int) (chunk.storedOffset() - runOffset);
    String where =
        "chunk "
            + index
            + " (stored bytes "
            + chunk.storedOffset()
            + "-"
            + (chunk.storedOffset() + chunk.storedLength() - 1)
            + ") of object "
            + log;
    int available = Math.max(0, Math.min(chunk.storedLength(), run.length - offset));
    if (available != chunk.storedLength()) {
      throw new CorruptedDataException(
          "Truncated " + where + ": got " + available + " of " + chunk.storedLength() + " bytes");
    }
    int actual = crc32c(run, offset, chunk.storedLength());
    if (actual != chunk.crc32c()) {
      throw new CorruptedDataException(
          String.format(
              "Checksum mismatch in %s: CRC32C %08x, manifest says %08x",
              where, actual, chunk.crc32c()));
    }
    if (manifest.compression() != Compression.ZSTD) {
      return new ChunkBytes(run, offset, chunk.storedLength());
    }
    byte[] original = new byte[chunk.originalLength()];
    long size =
        Zstd.decompressByteArray(original, 0, original.length, run, offset, chunk.storedLength());
    if (Zstd.isError(size) || size != original.length) {
      throw new CorruptedDataException(
          "Cannot decompress "
              + where
              + ": "
              + (Zstd.isError(size)
                  ? Zstd.getErrorName(size)
                  : size + " bytes, expected " + original.length));
    }
    return ChunkBytes.of(original);
  }

  /**
   * The CRC32C of {@code length} bytes of {@code data} from {@code offset}, as the manifest keeps
   * it.
   */
  static int crc32c(byte[] data, int offset, int length) {
    CRC32C crc = new CRC32C();
    crc.update(data, offset, length);
    return (int) crc.getValue();
  }
}
