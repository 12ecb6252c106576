package io.tierline.reports;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a {@link Report} in one file format.
 *
 * <p>Contract for every implementation:
 *
 * <ul>
 *   <li>The output depends only on the report: the same report gives the same bytes.
 *   <li>Text formats are UTF-8.
 *   <li>{@code out} is written and flushed, never closed: the caller owns it.
 *   <li>Implementations are stateless and safe to share between threads.
 * </ul>
 */
public interface ReportWriter {

  /** The format this writer produces. */
  ReportFormat format();

  /**
   * Writes the whole report to {@code out}.
   *
   * @throws IOException if {@code out} fails; nothing about the report itself is ever an I/O error
   * @throws ReportException if the report cannot be rendered in this format
   */
  void write(Report report, OutputStream out) throws IOException;
}
