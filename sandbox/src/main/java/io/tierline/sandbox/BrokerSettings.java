package io.tierline.sandbox;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The broker's tiering lines: those of {@code config/broker-tiering-s3.properties}, as an operator
 * adds them to {@code server.properties}, with only the plugin's directory and the S3 endpoint
 * replaced, and shorter task intervals so that segments move within seconds.
 */
final class BrokerSettings {
  static final String CLASS_PATH = "remote.log.storage.manager.class.path";
  static final String ENDPOINT = "rsm.config.storage.endpoint";

  /** The bucket the plugin writes to, as the example file sets it. */
  record Bucket(
      String name,
      String endpoint,
      String region,
      String accessKey,
      String secretKey,
      String keyPrefix) {}

  private final Map<String, String> lines;

  private BrokerSettings(Map<String, String> lines) {
    this.lines = lines;
  }

  static BrokerSettings of(Path exampleFile, Path pluginDir, String s3Endpoint) throws IOException {
    Properties example = new Properties();
    try (Reader in = Files.newBufferedReader(exampleFile)) {
      example.load(in);
    }
    Map<String, String> lines = new LinkedHashMap<>();
    example.stringPropertyNames().forEach(k -> lines.put(k, example.getProperty(k)));
    lines.put(CLASS_PATH, pluginDir + "/*");
    lines.put(ENDPOINT, s3Endpoint);
    // Kafka's defaults wait 30 s to 5 min between checks; the sandbox's segments roll in seconds.
    lines.put("remote.log.manager.task.interval.ms", "2000");
    lines.put("log.retention.check.interval.ms", "2000");
    lines.put("log.initial.task.delay.ms", "1000");
    lines.put("log.segment.delete.delay.ms", "1000");
    lines.put("log.cleaner.backoff.ms", "5000");
    return new BrokerSettings(lines);
  }

  Map<String, String> lines() {
    return Map.copyOf(lines);
  }

  Bucket bucket() {
    return new Bucket(
        lines.get("rsm.config.storage.bucket"),
        lines.get(ENDPOINT),
        lines.getOrDefault("rsm.config.storage.region", "us-east-1"),
        lines.get("rsm.config.storage.access.key"),
        lines.get("rsm.config.storage.secret.key"),
        lines.getOrDefault("rsm.config.key.prefix", ""));
  }
}
