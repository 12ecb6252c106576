package io.tierline.offloader.segment.format;

import io.tierline.offloader.CorruptedDataException;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.StorageClass;
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
 * The manifest's binary format, versions 1, 2 and 3. All integers are big-endian.
 *
 * <pre>
 * magic          4 bytes  "TLSM"
 * formatVersion  u16      1 (chunks in the clear), 2 (chunks encrypted) or 3 (a storage class)
 * compression    u8       0 none, 1 zstd
 * (version 3)    storageClass u8 (0 STANDARD, 1 STANDARD_IA, 2 INTELLIGENT_TIERING, 3 GLACIER_IR),
 *                encryption u8 (0 none, 1 AES-256-GCM); the key fields below follow only for 1
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
 * A manifest is written as the lowest version that holds it, so that a broker running an older
 * release of the plugin still reads it: version 1 for a STANDARD segment in the clear, 2 for an
 * encrypted STANDARD one, 3 only for another storage class. Versions 1 and 2 mean STANDARD, the
 * class of every object stored before classes were recorded. A reader rejects any other magic or
 * version, and any manifest whose trailing CRC does not match.
 */
public final class ManifestCodec {
  /** The version this codec writes for a segment in the clear. */
  public static final int FORMAT_VERSION = 1;

  /** The version this codec writes for an encrypted segment. */
  public static final int ENCRYPTED_FORMAT_VERSION = 2;

  /** The version this codec writes for a segment stored in a class other than STANDARD. */
  public static final int STORAGE_CLASS_FORMAT_VERSION = 3;

  private static final int IN_THE_CLEAR = 0;

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
      int version = versionFor(m.encryption(), m.storageClass());
      out.writeShort(version);
      out.writeByte(m.compression().id());
      if (version == STORAGE_CLASS_FORMAT_VERSION) {
        out.writeByte(m.storageClass().id());
        out.writeByte(m.encryption().isPresent() ? AES_256_GCM : IN_THE_CLEAR);
      } else if (m.encryption().isPresent()) {
        out.writeByte(AES_256_GCM);
      }
      if (m.encryption().isPresent()) {
        Encryption e = m.encryption().get();
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
      if (version < FORMAT_VERSION || version > STORAGE_CLASS_FORMAT_VERSION) {
        throw corrupted(key, "unsupported manifest format version " + version);
      }
      int expectedCrc = ByteBuffer.wrap(data, data.length - 4, 4).getInt();
      if (crc(data, data.length - 4) != expectedCrc) {
        throw corrupted(key, "checksum mismatch");
      }
      Compression compression = Compression.ofId(in.get() & 0xff);
      Optional<Encryption> encryption = Optional.empty();
      StorageClass storageClass = StorageClass.STANDARD;
      int algorithm = IN_THE_CLEAR;
      if (version == STORAGE_CLASS_FORMAT_VERSION) {
        storageClass = StorageClass.ofId(in.get() & 0xff);
        algorithm = in.get() & 0xff;
      } else if (version == ENCRYPTED_FORMAT_VERSION) {
        algorithm = in.get() & 0xff;
        if (algorithm == IN_THE_CLEAR) {
          throw corrupted(key, "unknown encryption code " + algorithm);
        }
      }
      if (algorithm != IN_THE_CLEAR) {
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
          version,
          originalSize,
          storedSize,
          compression,
          chunkSize,
          chunks,
          indexes,
          encryption,
          storageClass);
    } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
      throw corrupted(key, "malformed (" + e.getMessage() + ")");
    }
  }

  /**
   * The format version a manifest is written as: 3 for a class other than STANDARD, else 2 when its
   * chunks are encrypted, else 1.
   */
  public static int versionFor(Optional<Encryption> encryption, StorageClass storageClass) {
    if (storageClass != StorageClass.STANDARD) {
      return STORAGE_CLASS_FORMAT_VERSION;
    }
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
