package io.tierline.offloader.segment.format;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * A manifest as its fields, parsed from its bytes without any check and written back with a valid
 * checksum whatever the fields say: for forging manifests whose checksum holds but whose contents
 * lie. It knows the layout of format version 1 (see {@link ManifestCodec}).
 */
public final class RawManifest {
  public int magic;
  public int version;
  public int compression;
  public int chunkSize;
  public long originalSize;
  public long storedSize;

  /** Each chunk: original length, stored length, CRC32C. */
  public final List<int[]> chunks = new ArrayList<>();

  /** Each index: type code, offset, length, CRC32C (as a long). */
  public final List<long[]> indexes = new ArrayList<>();

  public static RawManifest parse(byte[] v1) {
    ByteBuffer in = ByteBuffer.wrap(v1);
    RawManifest m = new RawManifest();
    m.magic = in.getInt();
    m.version = in.getShort() & 0xffff;
    m.compression = in.get() & 0xff;
    m.chunkSize = in.getInt();
    m.originalSize = in.getLong();
    m.storedSize = in.getLong();
    int count = in.getInt();
    for (int i = 0; i < count; i++) {
      m.chunks.add(new int[] {in.getInt(), in.getInt(), in.getInt()});
    }
    int indexCount = in.get() & 0xff;
    for (int i = 0; i < indexCount; i++) {
      m.indexes.add(new long[] {in.get() & 0xff, in.getLong(), in.getLong(), in.getInt()});
    }
    return m;
  }

  /** Sets the two totals to the sums of the chunks' lengths, so that only a deeper lie is left. */
  public RawManifest totalsFromChunks() {
    originalSize = chunks.stream().mapToLong(c -> c[0]).sum();
    storedSize = chunks.stream().mapToLong(c -> c[1]).sum();
    return this;
  }

  /**
   * Lays the indexes one after another from offset 0, as the writer does, keeping their lengths.
   */
  public RawManifest indexOffsetsFromLengths() {
    long offset = 0;
    for (long[] index : indexes) {
      index[1] = offset;
      offset += index[2];
    }
    return this;
  }

  /** The fields in version 1's layout, closed by a CRC32C that matches them. */
  public byte[] encode() {
    ByteBuffer out = ByteBuffer.allocate(36 + chunks.size() * 12 + indexes.size() * 21 + 4);
    out.putInt(magic);
    out.putShort((short) version);
    out.put((byte) compression);
    out.putInt(chunkSize);
    out.putLong(originalSize);
    out.putLong(storedSize);
    out.putInt(chunks.size());
    for (int[] c : chunks) {
      out.putInt(c[0]).putInt(c[1]).putInt(c[2]);
    }
    out.put((byte) indexes.size());
    for (long[] e : indexes) {
      out.put((byte) e[0]).putLong(e[1]).putLong(e[2]).putInt((int) e[3]);
    }
    byte[] bytes = new byte[out.position() + 4];
    out.flip();
    out.get(bytes, 0, bytes.length - 4);
    return withCrc(bytes);
  }

  /** {@code bytes} with its last four bytes set to the CRC32C of all those before. */
  public static byte[] withCrc(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());
    return bytes;
  }
}
