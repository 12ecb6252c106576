package io.tierline.reports.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** A horizontal bar chart as inline SVG: one labelled bar per row, its value at the bar's end. */
final class BarChart {
  private static final int WIDTH = 680;
  private static final int LABEL_WIDTH = 210;
  private static final int VALUE_WIDTH = 130;
  private static final int ROW = 30;
  private static final int BAR = 18;
  private static final int MAX_LABEL_CHARS = 30;

  private BarChart() {}

  static void render(Html html, String title, List<Bar> bars) {
    int height = Math.max(1, bars.size()) * ROW + 8;
    int plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
    html.openChart(WIDTH, height, title);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = i * ROW + 6;
      int length =
          max.signum() == 0
              ? 0
              : bar.value()
                  .multiply(BigDecimal.valueOf(plotWidth))
                  .divide(max, MathContext.DECIMAL64)
                  .intValue();
      html.raw("<g><title>").text(bar.label() + ": " + bar.valueText()).raw("</title>");
      html.raw(
              "<text x=\""
                  + (LABEL_WIDTH - 8)
                  + "\" y=\""
                  + (y + BAR - 4)
                  + "\" text-anchor=\"end\" class=\"axis\">")
          .text(shorten(bar.label()))
          .raw("</text>");
      html.raw(
          "<rect x=\""
              + LABEL_WIDTH
              + "\" y=\""
              + y
              + "\" width=\""
              + Math.max(length, 1)
              + "\" height=\""
              + BAR
              + "\" rx=\"2\" fill=\""
              + bar.color()
              + "\"/>");
      html.raw(
              "<text x=\""
                  + (LABEL_WIDTH + Math.max(length, 1) + 6)
                  + "\" y=\""
                  + (y + BAR - 4)
                  + "\" class=\"value\">")
          .text(bar.valueText())
          .raw("</text></g>\n");
    }
    html.raw("</svg>\n");
  }

  static String shorten(String label) {
    return label.length() <= MAX_LABEL_CHARS
        ? label
        : label.substring(0, MAX_LABEL_CHARS - 1) + "\u2026";
  }
}
