package io.tierline.plugin;

import io.tierline.offloader.segment.SegmentManifest;
import java.nio.ByteBuffer;
import org.apache.kafka.common.utils.ByteUtils;
import org.apache.kafka.server.log.remote.storage.RemoteLogSegmentMetadata.CustomMetadata;

/**
 * The few bytes the broker keeps beside each remote segment: the manifest's format, the segment's
 * stored size (for remote-bytes accounting without a request) and its compression. Brokers cap
 * custom metadata at 128 bytes by default; this stays under 32.
 */
final class CustomMetadataCodec {
  static final byte VERSION = 1;
  static final int MAX_BYTES = 32;

  private CustomMetadataCodec() {}

  /** The fields read back from custom metadata. */
  record Fields(int manifestFormat, long originalSize, long storedSize, int compressionId) {}

  static CustomMetadata encode(SegmentManifest manifest) {
    ByteBuffer buffer = ByteBuffer.allocate(MAX_BYTES);
    buffer.put(VERSION);
    ByteUtils.writeUnsignedVarint(manifest.formatVersion(), buffer);
    ByteUtils.writeVarlong(manifest.originalSize(), buffer);
    ByteUtils.writeVarlong(manifest.storedSize(), buffer);
    ByteUtils.writeUnsignedVarint(manifest.compression().id(), buffer);
    byte[] bytes = new byte[buffer.position()];
    buffer.flip().get(bytes);
    return new CustomMetadata(bytes);
  }

  static Fields decode(CustomMetadata metadata) {
    ByteBuffer buffer = ByteBuffer.wrap(metadata.value());
    byte version = buffer.get();
    if (version != VERSION) {
      throw new IllegalArgumentException("Unknown custom metadata version " + version);
    }
    return new Fields(ByteUtils.readUnsignedVarint(buffer), ByteUtils.readVarlong(buffer),
        ByteUtils.readVarlong(buffer), ByteUtils.readUnsignedVarint(buffer));
  }
}
