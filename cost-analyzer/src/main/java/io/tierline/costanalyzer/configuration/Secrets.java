package io.tierline.costanalyzer.configuration;

import java.util.Locale;

/**
 * Which Kafka client properties carry secrets: passwords, keys, JAAS configs (which embed
 * passwords), tokens.
 */
public final class Secrets {

  public static final String MASK = "******";

  private Secrets() {}

  public static boolean isSecret(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.contains("password")
        || k.contains("secret")
        || k.contains("jaas")
        || k.contains("token")
        || k.endsWith(".key")
        || k.contains("credential");
  }
}
