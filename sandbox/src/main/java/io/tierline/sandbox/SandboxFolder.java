package io.tierline.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one folder that holds a sandbox: the unpacked plugin, the broker's data and log, the bucket's
 * objects, the cost service's configuration, logs and history. A marker file tells a sandbox folder
 * from any other, so that {@code --wipe} never deletes a folder the sandbox did not make.
 */
record SandboxFolder(Path root) {
  private static final String MARKER = ".tierline-sandbox";

  Path kafka() {
    return root.resolve("kafka");
  }

  Path s3() {
    return root.resolve("s3");
  }

  Path costService() {
    return root.resolve("cost-service");
  }

  Path log() {
    return root.resolve("sandbox.log");
  }

  Path endpoints() {
    return root.resolve("endpoints.properties");
  }

  Path pidFile() {
    return root.resolve("sandbox.pid");
  }

  /**
   * Makes the folder ready: wiped first if asked, created if missing, and claimed for this process.
   *
   * @return whether an earlier sandbox's data was kept
   * @throws IllegalStateException if the folder is not a sandbox's, or another sandbox uses it
   */
  boolean prepare(boolean wipe) throws IOException {
    if (Files.exists(root) && !isEmpty() && !Files.exists(root.resolve(MARKER))) {
      throw new IllegalStateException(
          root + " exists and is not a sandbox folder: pass another --data DIR");
    }
    Optional<ProcessHandle> other = runningSandbox();
    if (other.isPresent()) {
      throw new IllegalStateException(
          "a sandbox (pid " + other.get().pid() + ") is running on " + root + ": stop it first");
    }
    if (wipe) {
      PluginInstall.deleteTree(root);
    }
    boolean reused = Files.exists(kafka().resolve("data").resolve("meta.properties"));
    Files.createDirectories(root);
    Files.writeString(root.resolve(MARKER), "This folder holds a Tierline sandbox.\n");
    Files.writeString(pidFile(), Long.toString(ProcessHandle.current().pid()));
    return reused;
  }

  /** Lets go of the folder, if this process holds it; its data stays. */
  void release() throws IOException {
    String mine = Long.toString(ProcessHandle.current().pid());
    if (Files.exists(pidFile()) && Files.readString(pidFile()).trim().equals(mine)) {
      Files.delete(pidFile());
      Files.deleteIfExists(endpoints());
    }
  }

  private Optional<ProcessHandle> runningSandbox() throws IOException {
    if (!Files.exists(pidFile())) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(Files.readString(pidFile()).trim());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.pid() != ProcessHandle.current().pid())
          .filter(p -> p.info().command().map(c -> c.contains("java")).orElse(true));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private boolean isEmpty() throws IOException {
    if (!Files.isDirectory(root)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(root)) {
      return entries.findAny().isEmpty();
    }
  }
}
