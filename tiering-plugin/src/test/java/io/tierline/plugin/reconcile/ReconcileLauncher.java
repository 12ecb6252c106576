package io.tierline.plugin.reconcile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the plugin directory's {@code bin/tierline-reconcile} as an operator does: a process of its
 * own, with a {@code KAFKA_HOME} whose {@code libs/} holds a broker version's jars.
 */
public final class ReconcileLauncher {
  private static final Duration LIMIT = Duration.ofMinutes(5);

  private final Path script;
  private final Path kafkaHome;

  private ReconcileLauncher(Path script, Path kafkaHome) {
    this.script = script;
    this.kafkaHome = kafkaHome;
  }

  /**
   * A launcher from {@code pluginDir}, with a Kafka installation made in {@code work} whose {@code
   * libs/} is {@code kafkaJars}.
   */
  public static ReconcileLauncher of(Path pluginDir, Path kafkaJars, Path work) throws IOException {
    Path home = Files.createTempDirectory(Files.createDirectories(work), "kafka-home-");
    Files.createSymbolicLink(home.resolve("libs"), kafkaJars.toAbsolutePath());
    return new ReconcileLauncher(pluginDir.resolve("bin").resolve("tierline-reconcile"), home);
  }

  public Path script() {
    return script;
  }

  /** What one run printed, and its exit status. */
  public record Result(int exitStatus, String out, String err) {}

  /** Runs the script with {@code args} and {@code KAFKA_HOME} set. */
  public Result run(String... args) throws IOException, InterruptedException {
    return run(true, args);
  }

  /** Runs the script with {@code args}; {@code KAFKA_HOME} set only if {@code withKafkaHome}. */
  public Result run(boolean withKafkaHome, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("KAFKA_HOME");
    builder.environment().remove("KAFKA_LOG4J_OPTS");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    if (withKafkaHome) {
      builder.environment().put("KAFKA_HOME", kafkaHome.toString());
    }
    Path out = Files.createTempFile(kafkaHome, "out-", ".json");
    Path err = Files.createTempFile(kafkaHome, "err-", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(script + " did not end in " + LIMIT + ": " + Files.readString(err));
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
