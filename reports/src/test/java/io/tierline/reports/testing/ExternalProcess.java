package io.tierline.reports.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a program that a test needs from the machine, and finds it on the PATH. */
public final class ExternalProcess {
  private ExternalProcess() {}

  /** The first of {@code names} that is an executable file on the PATH. */
  public static Optional<Path> onPath(String... names) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Runs a command in {@code dir}, returns its standard output, fails with its output if it fails.
   */
  public static String run(Path dir, Duration limit, List<String> command)
      throws IOException, InterruptedException {
    Path errors = Files.createTempFile("process", ".err");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectError(errors.toFile())
              .start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(command + " did not finish within " + limit);
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(
            command + " exited with " + process.exitValue() + ": " + Files.readString(errors));
      }
      return new String(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(errors);
    }
  }
}
