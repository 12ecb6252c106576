package io.tierline.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Record values that look like what such topics carry: a small JSON event of about a kilobyte.
 * Producers send them uncompressed, so the bytes stored are the bytes produced.
 */
final class RecordValues {
  static final int AVERAGE_BYTES = 1_000;

  private static final String[] WORDS = {
    "checkout", "basket", "promo", "mobile", "desktop", "search", "category", "product", "review",
    "shipping", "returns", "gift", "account", "login", "wishlist", "compare", "banner", "footer"
  };

  private final SplittableRandom random = new SplittableRandom(42);

  byte[] next(String topic, long sequence, String key) {
    StringBuilder json = new StringBuilder(AVERAGE_BYTES + 64);
    json.append("{\"topic\":\"")
        .append(topic)
        .append("\",\"seq\":")
        .append(sequence)
        .append(",\"at\":\"")
        .append(Instant.now())
        .append('"');
    if (key != null) {
      json.append(",\"key\":\"").append(key).append('"');
    }
    json.append(",\"session\":\"").append(Long.toHexString(random.nextLong())).append('"');
    json.append(",\"amount\":").append(random.nextInt(100_000) / 100.0);
    json.append(",\"text\":\"");
    int target = AVERAGE_BYTES - 200 + random.nextInt(400);
    while (json.length() < target) {
      json.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    json.append("\"}");
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }
}
