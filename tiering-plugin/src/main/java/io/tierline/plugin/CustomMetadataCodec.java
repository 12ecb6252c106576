package io.tierline.plugin;

import io.tierline.offloader.segment.format.SegmentManifest;
import java.nio.ByteBuffer;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentMetadata.CustomMetadata;

/**
 * The few bytes the broker keeps beside each remote segment: the manifest's format, the segment's
 * original and stored sizes (remote-bytes accounting without a request) and its compression.
 * Brokers cap custom metadata at 128 bytes by default; this takes {@value #SIZE}. Only the public
 * storage API is used here: Kafka's internal helpers differ from one broker release to the next.
 */
final class CustomMetadataCodec {
  static final byte VERSION = 1;
  static final int SIZE = 1 + 2 + 8 + 8 + 1;

  private CustomMetadataCodec() {}

  /** The fields read back from custom metadata. */
  record Fields(int manifestFormat, long originalSize, long storedSize, int compressionId) {}

  static CustomMetadata encode(SegmentManifest manifest) {
    ByteBuffer buffer =
        ByteBuffer.allocate(SIZE)
            .put(VERSION)
            .putShort((short) manifest.formatVersion())
            .putLong(manifest.originalSize())
            .putLong(manifest.storedSize())
            .put((byte) manifest.compression().id());
    return new CustomMetadata(buffer.array());
  }

  static Fields decode(CustomMetadata metadata) {
    ByteBuffer buffer = ByteBuffer.wrap(metadata.value());
    byte version = buffer.get();
    if (version != VERSION || metadata.value().length != SIZE) {
      throw new IllegalArgumentException("Unknown custom metadata version " + version);
    }
    return new Fields(buffer.getShort(), buffer.getLong(), buffer.getLong(), buffer.get());
  }
}
