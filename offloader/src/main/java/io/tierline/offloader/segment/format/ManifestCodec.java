package io.tierline.offloader.segment.format;

import io.tierline.offloader.CorruptedDataException;
import io.tierline.offloader.ObjectKey;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The manifest's binary format, versions 1 and 2. All integers are big-endian.
 *
 * <pre>
 * magic          4 bytes  "TLSM"
 * formatVersion  u16      1 (chunks in the clear) or 2 (chunks encrypted)
 * compression    u8       0 none, 1 zstd
 * (version 2)    encryption u8 (1 AES-256-GCM), keyIdLength u8, keyId (ASCII),
 *                wrappedDataKey 40 bytes (RFC 3394 AES key wrap)
 * chunkSize      i32      original bytes per chunk
 * originalSize   i64
 * storedSize     i64
 * chunkCount     i32
 * chunkCount ×   originalLength i32, storedLength i32, crc32c i32
 *                (offsets are the running sums of the lengths)
 * indexCount     u8
 * indexCount ×   type u8 (0 offset, 1 timestamp, 2 producer snapshot, 3 transaction,
 *                4 leader epoch), offset i64, length i64, crc32c i32
 * crc32c         i32      of every byte before it
 * </pre>
 *
 * A segment without encryption is written as version 1, so readers of version 1 read it. A reader
 * rejects any other magic or version, and any manifest whose trailing CRC does not match.
 */
public final class ManifestCodec {
  /** The version this codec writes for a segment in the clear. */
  public static final int FORMAT_VERSION = 1;

  /** The version this codec writes for an encrypted segment. */
  public static final int ENCRYPTED_FORMAT_VERSION = 2;

  private static final int AES_256_GCM = 1;

  /**
   * The longest manifest a reader accepts: one of a 2 GiB segment in chunks of 1 KiB (the smallest)
   * takes 24 MiB.
   */
  public static final int MAX_MANIFEST_BYTES = 32 << 20;

  private static final int MAGIC = 0x544c534d; // "TLSM"

  /** Each index type at its code in the manifest. The codes are stored: never renumber them. */
  private static final IndexType[] INDEX_CODES = {
    IndexType.OFFSET,
    IndexType.TIMESTAMP,
    IndexType.PRODUCER_SNAPSHOT,
    IndexType.TRANSACTION,
    IndexType.LEADER_EPOCH
  };

  private ManifestCodec() {}

  public static byte[] encode(SegmentManifest m) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + m.chunks().size() * 12);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeShort(versionFor(m.encryption()));
      out.writeByte(m.compression().id());
      if (m.encryption().isPresent()) {
        Encryption e = m.encryption().get();
        out.writeByte(AES_256_GCM);
        out.writeByte(e.keyId().length());
        out.write(e.keyId().getBytes(StandardCharsets.US_ASCII));
        out.write(e.wrappedDataKey());
      }
      out.writeInt(m.chunkSizeBytes());
      out.writeLong(m.originalSize());
      out.writeLong(m.storedSize());
      out.writeInt(m.chunks().size());
      for (SegmentManifest.Chunk c : m.chunks()) {
        out.writeInt(c.originalLength());
        out.writeInt(c.storedLength());
        out.writeInt(c.crc32c());
      }
      out.writeByte(m.indexes().size());
      for (IndexType type : INDEX_CODES) {
        SegmentManifest.IndexEntry e = m.indexes().get(type);
        if (e == null) {
          continue;
        }
        out.writeByte(code(type));
        out.writeLong(e.offset());
        out.writeLong(e.length());
        out.writeInt(e.crc32c());
      }
      out.flush();
      out.writeInt(crc(bytes.toByteArray(), bytes.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The manifest in {@code data}, read from object {@code key}, which errors name. */
  public static SegmentManifest decode(ObjectKey key, byte[] data) {
    try {
      ByteBuffer in = ByteBuffer.wrap(data);
      if (data.length > MAX_MANIFEST_BYTES) {
        throw corrupted(key, "longer than the " + MAX_MANIFEST_BYTES + " bytes any manifest takes");
      }
      if (data.length < 10 || in.getInt() != MAGIC) {
        throw corrupted(key, "not a segment manifest (bad magic)");
      }
      int version = in.getShort() & 0xffff;
      if (version != FORMAT_VERSION && version != ENCRYPTED_FORMAT_VERSION) {
        throw corrupted(key, "unsupported manifest format version " + version);
      }
      int expectedCrc = ByteBuffer.wrap(data, data.length - 4, 4).getInt();
      if (crc(data, data.length - 4) != expectedCrc) {
        throw corrupted(key, "checksum mismatch");
      }
      Compression compression = Compression.ofId(in.get() & 0xff);
      Optional<Encryption> encryption = Optional.empty();
      if (version == ENCRYPTED_FORMAT_VERSION) {
        int algorithm = in.get() & 0xff;
        if (algorithm != AES_256_GCM) {
          throw corrupted(key, "unknown encryption code " + algorithm);
        }
        byte[] keyId = new byte[in.get() & 0xff];
        in.get(keyId);
        byte[] wrapped = new byte[Encryption.WRAPPED_KEY_BYTES];
        in.get(wrapped);
        encryption =
            Optional.of(new Encryption(new String(keyId, StandardCharsets.US_ASCII), wrapped));
      }
      int chunkSize = in.getInt();
      long originalSize = in.getLong();
      long storedSize = in.getLong();
      int count = in.getInt();
      if (count < 0 || count > (data.length / 12)) {
        throw corrupted(key, "impossible chunk count " + count);
      }
      List<SegmentManifest.Chunk> chunks = new ArrayList<>(count);
      long original = 0;
      long stored = 0;
      for (int i = 0; i < count; i++) {
        int originalLength = in.getInt();
        int storedLength = in.getInt();
        chunks.add(
            new SegmentManifest.Chunk(original, originalLength, stored, storedLength, in.getInt()));
        original += originalLength;
        stored += storedLength;
      }
      int indexCount = in.get() & 0xff;
      Map<IndexType, SegmentManifest.IndexEntry> indexes = new EnumMap<>(IndexType.class);
      for (int i = 0; i < indexCount; i++) {
        int code = in.get() & 0xff;
        if (code >= INDEX_CODES.length) {
          throw corrupted(key, "unknown index type code " + code);
        }
        SegmentManifest.IndexEntry entry =
            new SegmentManifest.IndexEntry(in.getLong(), in.getLong(), in.getInt());
        if (indexes.put(INDEX_CODES[code], entry) != null) {
          throw corrupted(key, "index type code " + code + " twice");
        }
      }
      return new SegmentManifest(
          version, originalSize, storedSize, compression, chunkSize, chunks, indexes, encryption);
    } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
      throw corrupted(key, "malformed (" + e.getMessage() + ")");
    }
  }

  /** The format version a manifest is written as: 1 unless its chunks are encrypted. */
  public static int versionFor(Optional<Encryption> encryption) {
    return encryption.isPresent() ? ENCRYPTED_FORMAT_VERSION : FORMAT_VERSION;
  }

  private static int code(IndexType type) {
    for (int code = 0; code < INDEX_CODES.length; code++) {
      if (INDEX_CODES[code] == type) {
        return code;
      }
    }
    throw new IllegalArgumentException("No code for index type " + type);
  }

  private static int crc(byte[] data, int length) {
    CRC32C crc = new CRC32C();
    crc.update(data, 0, length);
    return (int) crc.getValue();
  }

  private static CorruptedDataException corrupted(ObjectKey key, String why) {
    return new CorruptedDataException("Manifest " + key + " is unreadable: " + why);
  }
}
