package io.tierline.reports.csv;

/** RFC 4180 quoting of one field. */
final class CsvField {
  private CsvField() {}

  /** The field as it goes in the file: quoted, with inner quotes doubled, when it needs to be. */
  static String quote(String value) {
    boolean needsQuotes = false;
    for (int i = 0; i < value.length() && !needsQuotes; i++) {
      char c = value.charAt(i);
      needsQuotes = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
