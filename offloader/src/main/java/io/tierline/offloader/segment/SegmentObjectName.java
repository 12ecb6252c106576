package io.tierline.offloader.segment;

import io.tierline.offloader.ObjectKey;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the key of one of a segment's objects says, read back by the documented layout {@code
 * [<salt>/][<prefix>/]<topic>-<topicId>/<partition>/<20-digit base offset>-<segmentId>.<kind>}: so
 * that a bucket listing can be summed per topic, as the cost analyzer does, without the store's
 * settings. The key is read from its end, because topic names and key prefixes may hold {@code -}
 * and {@code /}; a Kafka topic id is always 22 characters (a UUID in URL-safe base64).
 *
 * @param location what comes before the topic's directory: the salt and the key prefix, joined by
 *     {@code /}; empty when there are neither
 */
public record SegmentObjectName(
    String location,
    String topic,
    String topicId,
    int partition,
    long baseOffset,
    String segmentId,
    Kind kind) {

  /** The three objects of a segment. */
  public enum Kind {
    LOG,
    INDEXES,
    MANIFEST
  }

  private static final int TOPIC_ID_LENGTH = 22;
  private static final Pattern LAYOUT =
      Pattern.compile(
          "(?:(?<location>.+)/)?(?<topicDir>[^/]+)/(?<partition>\\d{1,10})/"
              + "(?<offset>\\d{20})-(?<segment>[^/]+)\\.(?<kind>log|indexes|manifest)");
  private static final Pattern SALT = Pattern.compile("[0-9a-f]{4}");

  /** The parts of {@code key}, or empty if it does not follow the layout. */
  public static Optional<SegmentObjectName> parse(ObjectKey key) {
    Matcher m = LAYOUT.matcher(key.value());
    if (!m.matches()) {
      return Optional.empty();
    }
    String topicDir = m.group("topicDir");
    int dash = topicDir.length() - TOPIC_ID_LENGTH - 1;
    if (dash < 1 || topicDir.charAt(dash) != '-') {
      return Optional.empty();
    }
    long partition = Long.parseLong(m.group("partition"));
    long offset;
    try {
      offset = Long.parseLong(m.group("offset"));
    } catch (NumberFormatException beyondALong) {
      return Optional.empty();
    }
    if (partition > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    String location = m.group("location");
    return Optional.of(
        new SegmentObjectName(
            location == null ? "" : location,
            topicDir.substring(0, dash),
            topicDir.substring(dash + 1),
            (int) partition,
            offset,
            m.group("segment"),
            Kind.valueOf(m.group("kind").toUpperCase(Locale.ROOT))));
  }

  /**
   * Whether the object lies under {@code keyPrefix} (the store's {@code keyPrefix}, {@code ""} for
   * none), with or without the salt in front.
   */
  public boolean under(String keyPrefix) {
    if (location.equals(keyPrefix)) {
      return true;
    }
    int slash = location.indexOf('/');
    String salt = slash < 0 ? location : location.substring(0, slash);
    String rest = slash < 0 ? "" : location.substring(slash + 1);
    return SALT.matcher(salt).matches() && rest.equals(keyPrefix);
  }
}
