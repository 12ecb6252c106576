package io.tierline.costanalyzer.cli;

import io.tierline.costanalyzer.report.ReportService;

/**
 * The service's parts, built from its configuration file as the server builds them, for the
 * commands that run without a server ({@code report}). The application supplies them: it owns that
 * wiring, and it imports the CLI, so the CLI cannot import it.
 */
public interface ConfiguredService extends AutoCloseable {

  ReportService reports();

  /** Stops what the parts started, such as live clusters' clients. */
  @Override
  void close();
}
