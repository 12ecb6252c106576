package io.tierline.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats a report can be written in, with what an HTTP download needs to name them. */
public enum ReportFormat {
  HTML("text/html; charset=utf-8", "html"),
  CSV("text/csv; charset=utf-8", "csv"),
  PARQUET("application/vnd.apache.parquet", "parquet"),
  JSON("application/json", "json");

  private final String contentType;
  private final String extension;

  ReportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  /** The HTTP Content-Type of a file in this format. */
  public String contentType() {
    return contentType;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /**
   * A download file name such as {@code tierline-cost-prod-eu.csv}. Characters other than letters,
   * digits, dot, dash and underscore become dashes, so the name is safe in a Content-Disposition
   * header.
   */
  public String fileName(String cluster) {
    String safe = Checks.text(cluster, "cluster").replaceAll("[^A-Za-z0-9._-]", "-");
    return "tierline-cost-" + safe + "." + extension;
  }

  /**
   * Parses a user's format name, case-insensitively.
   *
   * @throws InvalidReportException naming the allowed values when {@code name} is none of them
   */
  public static ReportFormat parse(String name) {
    String allowed =
        Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining(", "));
    if (name == null || name.isBlank()) {
      throw new InvalidReportException("format", "is required (one of " + allowed + ")");
    }
    return Arrays.stream(values())
        .filter(format -> format.extension.equals(name.trim().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidReportException(
                    "format", "must be one of " + allowed + ", was " + name));
  }
}
