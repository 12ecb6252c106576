package io.tierline.reports.html;

/**
 * An HTML document being built. Every piece of text goes through {@link #text}, which escapes it:
 * topic, team and label names are user data and must never become markup.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(64 * 1024);

  /** Appends markup written by this package, never user data. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends text, escaped for element content and quoted attribute values alike. */
  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Appends {@code <tag>text</tag>} with the text escaped. */
  Html element(String tag, String text) {
    return raw("<" + tag + ">").text(text).raw("</" + tag.split(" ", 2)[0] + ">");
  }

  /**
   * Opens an SVG chart of a fixed drawing size that scales down to the page, titled for screen
   * readers.
   */
  Html openChart(int width, int height, String title) {
    return raw("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
            + width
            + " "
            + height
            + "\" width=\""
            + width
            + "\" height=\""
            + height
            + "\" role=\"img\" aria-label=\"")
        .text(title)
        .raw("\">")
        .raw("<title>")
        .text(title)
        .raw("</title>");
  }

  static String escape(String text) {
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      String replacement =
          switch (text.charAt(i)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (replacement != null && escaped == null) {
        escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escaped != null) {
        escaped.append(replacement != null ? replacement : String.valueOf(text.charAt(i)));
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
