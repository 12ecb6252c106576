package io.tierline.reports.html;

/**
 * A data table. How a column looks is set by its header, never by a cell, because cells hold user
 * text: a header that starts with '#' marks a numeric column (aligned right), one that starts with
 * '@' a column of names (kept on one line when short). The marker is not shown.
 */
final class Table {
  /**
   * Names longer than this may wrap, so that one long topic name cannot push the table off the
   * page.
   */
  private static final int UNBROKEN_NAME_CHARS = 40;

  private final Html html;
  private final char[] kinds;

  private Table(Html html, char[] kinds) {
    this.html = html;
    this.kinds = kinds;
  }

  static Table open(Html html, String caption, String... headers) {
    char[] kinds = new char[headers.length];
    html.raw("<table><caption>").text(caption).raw("</caption><thead><tr>");
    for (int i = 0; i < headers.length; i++) {
      String header = headers[i];
      kinds[i] = header.startsWith("#") || header.startsWith("@") ? header.charAt(0) : ' ';
      html.raw(kinds[i] == '#' ? "<th class=\"num\">" : "<th>")
          .text(kinds[i] == ' ' ? header : header.substring(1))
          .raw("</th>");
    }
    html.raw("</tr></thead><tbody>\n");
    return new Table(html, kinds);
  }

  Table row(String... cells) {
    return cells("<tr>", cells);
  }

  /** A row that sums up the rows above it, set in bold under a rule. */
  Table totalRow(String... cells) {
    return cells("<tr class=\"total\">", cells);
  }

  private Table cells(String rowTag, String... cells) {
    if (cells.length != kinds.length) {
      throw new IllegalArgumentException(
          "a row of " + cells.length + " cells in a table of " + kinds.length + " columns");
    }
    html.raw(rowTag);
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i];
      boolean name = kinds[i] == '@' && cell.length() <= UNBROKEN_NAME_CHARS;
      html.raw(kinds[i] == '#' ? "<td class=\"num\">" : name ? "<td class=\"name\">" : "<td>")
          .text(cell)
          .raw("</td>");
    }
    html.raw("</tr>\n");
    return this;
  }

  void close() {
    html.raw("</tbody></table>\n");
  }
}
