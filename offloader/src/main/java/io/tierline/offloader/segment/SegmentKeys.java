package io.tierline.offloader.segment;

import io.tierline.offloader.ObjectKey;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The object keys of a segment: {@code [<salt>/][<prefix>/]<topic>-<topicId>/<partition>/<20-digit
 * base offset>-<segmentId>.<ext>} with {@code ext} one of {@code log}, {@code indexes}, {@code
 * manifest}. The salt, when enabled, is four hex digits derived from the topic id and partition, so
 * a partition's objects stay together.
 */
final class SegmentKeys {
  static final String LOG = "log";
  static final String INDEXES = "indexes";
  static final String MANIFEST = "manifest";
  private static final int OFFSET_DIGITS = 20;
  private static final String ZEROS = "0".repeat(OFFSET_DIGITS);

  private final String prefix;
  private final boolean salting;

  SegmentKeys(String prefix, boolean salting) {
    this.prefix = prefix;
    this.salting = salting;
  }

  ObjectKey log(SegmentCoordinates segment) {
    return key(segment, LOG);
  }

  ObjectKey indexes(SegmentCoordinates segment) {
    return key(segment, INDEXES);
  }

  ObjectKey manifest(SegmentCoordinates segment) {
    return key(segment, MANIFEST);
  }

  /**
   * The start of every key of the partition's segment whose base offset is {@code baseOffset},
   * whatever its segment id: {@code [<salt>/][<prefix>/]<topic>-<topicId>/<partition>/<offset>-}.
   */
  String baseOffsetPrefix(SegmentCoordinates partitionOf, long baseOffset) {
    return prefix(
        new SegmentCoordinates(
            partitionOf.topic(),
            partitionOf.topicId(),
            partitionOf.partition(),
            baseOffset,
            partitionOf.segmentId()));
  }

  /** The segment id in a manifest key, or empty if the key is not one. */
  static Optional<String> segmentIdOfManifest(ObjectKey key, String baseOffsetPrefix) {
    String value = key.value();
    String suffix = "." + MANIFEST;
    if (!value.startsWith(baseOffsetPrefix)
        || !value.endsWith(suffix)
        || value.length() == baseOffsetPrefix.length() + suffix.length()) {
      return Optional.empty();
    }
    return Optional.of(
        value.substring(baseOffsetPrefix.length(), value.length() - suffix.length()));
  }

  private ObjectKey key(SegmentCoordinates s, String extension) {
    return ObjectKey.of(prefix(s) + s.segmentId() + '.' + extension);
  }

  private String prefix(SegmentCoordinates s) {
    // Padded by hand: the broker opens a stream for every consumer fetch, and String.format was
    // half of the time this plugin took to open one in a profile of the catch-up benchmark.
    String digits = Long.toString(s.baseOffset());
    return partitionKeyPrefix(s)
        .append(ZEROS, 0, OFFSET_DIGITS - digits.length())
        .append(digits)
        .append('-')
        .toString();
  }

  /**
   * The start of every key of {@code partitionOf}'s partition: {@code
   * [<salt>/][<prefix>/]<topic>-<topicId>/<partition>/}, under which keys sort by base offset.
   */
  String partitionPrefix(SegmentCoordinates partitionOf) {
    return partitionKeyPrefix(partitionOf).toString();
  }

  private StringBuilder partitionKeyPrefix(SegmentCoordinates s) {
    StringBuilder key = new StringBuilder(128);
    if (salting) {
      key.append(salt(s)).append('/');
    }
    if (!prefix.isEmpty()) {
      key.append(prefix).append('/');
    }
    return key.append(s.topic())
        .append('-')
        .append(s.topicId())
        .append('/')
        .append(s.partition())
        .append('/');
  }

  /**
   * The start of {@code key} up to its segment id, {@code <partitionPrefix><20-digit offset>-}, or
   * empty if the key is not one of a segment of that partition.
   */
  static Optional<String> baseOffsetPrefixOf(ObjectKey key, String partitionPrefix) {
    String value = key.value();
    int end = partitionPrefix.length() + OFFSET_DIGITS;
    if (!value.startsWith(partitionPrefix) || value.length() <= end || value.charAt(end) != '-') {
      return Optional.empty();
    }
    for (int i = partitionPrefix.length(); i < end; i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return Optional.empty();
      }
    }
    return Optional.of(value.substring(0, end + 1));
  }

  static String salt(SegmentCoordinates s) {
    CRC32C crc = new CRC32C();
    crc.update((s.topicId() + "/" + s.partition()).getBytes(StandardCharsets.UTF_8));
    return String.format("%04x", crc.getValue() & 0xffff);
  }
}
