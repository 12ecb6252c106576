package io.tierline.reports.html;

/** A data table: headers first, then rows of cells; numeric cells align right. */
final class Table {
  private final Html html;

  private Table(Html html) {
    this.html = html;
  }

  /** Opens a table. A header that starts with '#' is numeric (the '#' is not shown). */
  static Table open(Html html, String caption, String... headers) {
    html.raw("<table><caption>").text(caption).raw("</caption><thead><tr>");
    for (String header : headers) {
      boolean numeric = header.startsWith("#");
      html.raw(numeric ? "<th class=\"num\">" : "<th>").text(numeric ? header.substring(1) : header).raw("</th>");
    }
    html.raw("</tr></thead><tbody>");
    return new Table(html);
  }

  /** One row. A cell that starts with '#' is numeric (the '#' is not shown). */
  Table row(String... cells) {
    return cells("<tr>", cells);
  }

  /** A row that sums up the rows above it, set in bold under a rule. */
  Table totalRow(String... cells) {
    return cells("<tr class=\"total\">", cells);
  }

  private Table cells(String rowTag, String... cells) {
    html.raw(rowTag);
    for (String cell : cells) {
      boolean numeric = cell.startsWith("#");
      html.raw(numeric ? "<td class=\"num\">" : "<td>").text(numeric ? cell.substring(1) : cell).raw("</td>");
    }
    html.raw("</tr>");
    return this;
  }

  void close() {
    html.raw("</tbody></table>");
  }
}
