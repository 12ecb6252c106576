package io.tierline.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The directory the sandbox's jar sits in ({@code sandbox/target/}), where the build put what it
 * runs: {@code lib/}, {@code kafka-<version>/} (the broker's jars), {@code plugin/} (the plugin's
 * archive, as operators get it) and {@code config/} (the example broker properties and the price
 * catalogs).
 */
record SandboxHome(Path dir, String kafkaVersion, String pluginArchiveName) {

  static SandboxHome locate() {
    Properties built = new Properties();
    try (InputStream in = SandboxHome.class.getResourceAsStream("/sandbox.properties")) {
      if (in == null) {
        throw new IllegalStateException("sandbox.properties is missing from the sandbox's jar");
      }
      built.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path code;
    try {
      code = Path.of(SandboxHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the sandbox's jar", e);
    }
    // target/tierline-sandbox.jar or, from an IDE, target/classes: either way target/.
    return new SandboxHome(
        code.getParent(), built.getProperty("kafka.version"), built.getProperty("plugin.archive"));
  }

  Path kafkaJars() {
    return required(dir.resolve("kafka-" + kafkaVersion));
  }

  Path pluginArchive() {
    return required(dir.resolve("plugin").resolve(pluginArchiveName));
  }

  Path exampleBrokerProperties() {
    return required(dir.resolve("config").resolve("broker-tiering-s3.properties"));
  }

  Path priceCatalogs() {
    return required(dir.resolve("config").resolve("pricing"));
  }

  private static Path required(Path p) {
    if (!Files.exists(p)) {
      throw new IllegalStateException(
          p
              + " is missing: build the sandbox with 'mvn -B -q -DskipTests package' from the"
              + " repository root");
    }
    return p;
  }
}
