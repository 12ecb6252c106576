package io.tierline.costanalyzer.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The apply audit trail: one line per attempt (who, when, what, outcome), appended to a file of its
 * own and also logged, so that it survives log rotation settings meant for the service's chatter.
 */
public final class AuditLog {

  private static final Logger LOG = LoggerFactory.getLogger("io.tierline.costanalyzer.audit");

  private final Path file;

  public AuditLog(Path file) {
    this.file = file;
  }

  public synchronized void write(String line) {
    LOG.info("{}", line);
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(
          file,
          line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit log " + file, e);
    }
  }
}
