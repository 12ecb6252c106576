package io.tierline.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Installs the plugin as docs/tiering-plugin.md tells operators to: unpacks its archive, whose one
 * top directory is {@code plugin/}, with {@code tar}, and points the broker's {@code
 * remote.log.storage.manager.class.path} at {@code plugin/*}. Unpacked afresh at every start, so
 * that a rebuilt plugin is the one that runs.
 */
final class PluginInstall {
  private PluginInstall() {}

  /** Unpacks {@code archive} into {@code parent}; returns the {@code plugin/} directory. */
  static Path unpack(Path archive, Path parent) throws IOException, InterruptedException {
    Path dir = parent.resolve("plugin");
    deleteTree(dir);
    Files.createDirectories(parent);
    Process tar =
        new ProcessBuilder("tar", "xzf", archive.toString(), "-C", parent.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(tar.getInputStream().readAllBytes());
    if (!tar.waitFor(60, TimeUnit.SECONDS) || tar.exitValue() != 0) {
      tar.destroyForcibly();
      throw new IllegalStateException("tar xzf " + archive + " failed: " + output);
    }
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(archive + " holds no plugin/ directory");
    }
    return dir;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
