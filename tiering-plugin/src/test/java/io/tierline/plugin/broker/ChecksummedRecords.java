package io.tierline.plugin.broker;

import java.nio.ByteBuffer;
import java.util.Random;
import java.util.zip.CRC32C;

/**
 * Record values that carry their own sequence number and checksum, and can be regenerated from the
 * sequence number alone, so a consumer can check every byte of what it reads. Layout: 8-byte
 * sequence, payload, 4-byte CRC32C of everything before it.
 */
public final class ChecksummedRecords {
  private ChecksummedRecords() {}

  public static byte[] value(long sequence, int averageSize) {
    int payload = averageSize - 12 - 64 + (int) (sequence % 128);
    byte[] bytes = new byte[8 + payload + 4];
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    buffer.putLong(sequence);
    byte[] random = new byte[payload];
    new Random(sequence).nextBytes(random);
    buffer.put(random);
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, 8 + payload);
    buffer.putInt((int) crc.getValue());
    return bytes;
  }

  /** The sequence number in {@code value}, after checking its checksum. */
  public static long verify(byte[] value) {
    ByteBuffer buffer = ByteBuffer.wrap(value);
    CRC32C crc = new CRC32C();
    crc.update(value, 0, value.length - 4);
    if ((int) crc.getValue() != buffer.getInt(value.length - 4)) {
      throw new AssertionError("Record value fails its checksum");
    }
    return buffer.getLong(0);
  }
}
