package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin compiles against kafka-clients 4.1 for KIP-877's {@code Monitorable} and {@code
 * PluginMetrics}, which 4.0 brokers lack. In a class loader without them, as on a 4.0 broker, every
 * plugin class but the one that implements {@code Monitorable} loads, and {@link
 * TieredRemoteStorageManager} configures and closes.
 */
class PluginMetricsIsolationTest {
  private static final Set<String> KAFKA_4_1_ONLY =
      Set.of(
          "org.apache.kafka.common.metrics.Monitorable",
          "org.apache.kafka.common.metrics.PluginMetrics",
          "org.apache.kafka.common.metrics.internals.PluginMetricsImpl");

  /** Implements {@code Monitorable}. {@code PluginMetricsMirror} loads, and only this uses it. */
  private static final String NEEDS_4_1 = MonitorableTieredRemoteStorageManager.class.getName();

  @TempDir Path dir;

  @Test
  void withoutKafka41Classes_everyOtherPluginClassLoadsAndThePluginRuns() throws Exception {
    Path classes =
        Path.of(
            TieredRemoteStorageManager.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    try (URLClassLoader kafka40 = new WithoutKafka41(testClassPath())) {
      for (String name : pluginClasses(classes)) {
        if (name.equals(NEEDS_4_1)) {
          assertThatThrownBy(() -> Class.forName(name, true, kafka40))
              .isInstanceOf(NoClassDefFoundError.class);
        } else {
          assertThat(Class.forName(name, true, kafka40)).as(name).isNotNull();
        }
      }
      Class<?> rsm = Class.forName(TieredRemoteStorageManager.class.getName(), true, kafka40);
      Object plugin = rsm.getConstructor().newInstance();
      rsm.getMethod("configure", Map.class)
          .invoke(
              plugin,
              Map.of("storage.backend", "filesystem", "storage.filesystem.root", dir.toString()));
      rsm.getMethod("close").invoke(plugin);
    }
  }

  private static List<String> pluginClasses(Path classes) throws Exception {
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(p -> classes.relativize(p).toString())
          .filter(p -> p.startsWith("io/tierline/plugin/") && p.endsWith(".class"))
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .toList();
    }
  }

  private static URL[] testClassPath() throws Exception {
    String path =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    return urls.toArray(URL[]::new);
  }

  /** The test's class path without the classes that kafka-clients 4.1 added for plugin metrics. */
  private static final class WithoutKafka41 extends URLClassLoader {
    WithoutKafka41(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      if (KAFKA_4_1_ONLY.contains(name)) {
        throw new ClassNotFoundException(name + " is not in Kafka 4.0");
      }
      return super.findClass(name);
    }
  }
}
