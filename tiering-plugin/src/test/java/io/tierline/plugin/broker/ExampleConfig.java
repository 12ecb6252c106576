package io.tierline.plugin.broker;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The broker lines of one of the example files in {@code config/}, as the tests use them: only the
 * plugin's location and the store's endpoint or directory are replaced, so the files themselves are
 * what the tests prove.
 */
public final class ExampleConfig {
  public static final String CLASS_PATH = "remote.log.storage.manager.class.path";

  private ExampleConfig() {}

  /** The lines of {@code config/<file>}, with the plugin loaded from {@code target/plugin/}. */
  public static Map<String, String> load(String file) throws IOException {
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(TestBrokers.configDir().resolve(file))) {
      props.load(in);
    }
    Map<String, String> lines = new LinkedHashMap<>();
    props.stringPropertyNames().forEach(name -> lines.put(name, props.getProperty(name)));
    lines.put(CLASS_PATH, TestBrokers.pluginDir() + "/*");
    return lines;
  }

  /** Short intervals, so that a test sees segments move within seconds rather than minutes. */
  public static Map<String, String> fastTiering() {
    return Map.of(
        "remote.log.manager.task.interval.ms", "1000",
        "log.retention.check.interval.ms", "1000",
        "log.initial.task.delay.ms", "1000",
        "log.segment.delete.delay.ms", "1000",
        "remote.log.metadata.manager.listener.name", "PLAINTEXT",
        "rlmm.config.remote.log.metadata.topic.replication.factor", "1");
  }
}
