package io.tierline.costanalyzer.recommend;

/**
 * One change a recommendation asks for: {@code key: from → to}, where the key lives ({@code topic}
 * config, {@code broker} config, {@code client} config, or the tiering {@code storage} setup).
 */
public record ConfigChange(String scope, String key, String from, String to) {

  public static final String TOPIC = "topic";
  public static final String BROKER = "broker";
  public static final String CLIENT = "client";
  public static final String STORAGE = "storage";

  public ConfigChange {
    if (scope == null || key == null || from == null || to == null) {
      throw new IllegalArgumentException("scope, key, from and to: are required");
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException(
          key + ": a change must change something, " + from + " → " + to);
    }
  }

  public static ConfigChange topic(String key, String from, String to) {
    return new ConfigChange(TOPIC, key, from, to);
  }

  @Override
  public String toString() {
    return scope + " " + key + ": " + from + " → " + to;
  }
}
