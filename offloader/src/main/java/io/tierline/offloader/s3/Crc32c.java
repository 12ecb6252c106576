package io.tierline.offloader.s3;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.CRC32C;

/** The CRC32C of a buffer in the form S3's {@code x-amz-checksum-crc32c} header takes. */
final class Crc32c {
  private Crc32c() {}

  static String base64(byte[] data, int length) {
    CRC32C crc = new CRC32C();
    crc.update(data, 0, length);
    return Base64.getEncoder()
        .encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
