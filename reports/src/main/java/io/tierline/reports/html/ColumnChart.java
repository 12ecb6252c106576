package io.tierline.reports.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.function.Function;

/** A vertical column chart as inline SVG, for totals over time, with a money scale on the left. */
final class ColumnChart {
  private static final int WIDTH = 680;
  private static final int HEIGHT = 240;
  private static final int LEFT = 90;
  private static final int TOP = 24;
  private static final int BOTTOM = 30;
  private static final int GRID_LINES = 4;

  /** Above this many columns the amounts would overlap; the table beside the chart has them. */
  private static final int MAX_VALUE_LABELS = 8;

  private ColumnChart() {}

  static void render(
      Html html, String title, List<Bar> columns, Function<BigDecimal, String> scaleLabel) {
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int plotWidth = WIDTH - LEFT - 10;
    BigDecimal max =
        roundUp(columns.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max));
    html.openChart(WIDTH, HEIGHT, title);
    for (int line = 0; line <= GRID_LINES; line++) {
      int y = TOP + plotHeight - plotHeight * line / GRID_LINES;
      BigDecimal level =
          max.multiply(BigDecimal.valueOf(line))
              .divide(BigDecimal.valueOf(GRID_LINES), MathContext.DECIMAL64);
      html.raw(
          "<line x1=\""
              + LEFT
              + "\" x2=\""
              + (WIDTH - 10)
              + "\" y1=\""
              + y
              + "\" y2=\""
              + y
              + "\" class=\"grid\"/>");
      html.raw(
              "<text x=\""
                  + (LEFT - 8)
                  + "\" y=\""
                  + (y + 4)
                  + "\" text-anchor=\"end\" class=\"axis\">")
          .text(scaleLabel.apply(level))
          .raw("</text>");
    }
    int slot = plotWidth / Math.max(1, columns.size());
    int width = Math.min(64, slot * 3 / 5);
    for (int i = 0; i < columns.size(); i++) {
      Bar column = columns.get(i);
      int height =
          max.signum() == 0
              ? 0
              : column
                  .value()
                  .multiply(BigDecimal.valueOf(plotHeight))
                  .divide(max, MathContext.DECIMAL64)
                  .intValue();
      int x = LEFT + i * slot + (slot - width) / 2;
      int y = TOP + plotHeight - height;
      html.raw("<g><title>").text(column.label() + ": " + column.valueText()).raw("</title>");
      html.raw(
          "<rect x=\""
              + x
              + "\" y=\""
              + y
              + "\" width=\""
              + width
              + "\" height=\""
              + Math.max(height, 1)
              + "\" rx=\"2\" fill=\""
              + column.color()
              + "\"/>");
      if (columns.size() <= MAX_VALUE_LABELS) {
        html.raw(
                "<text x=\""
                    + (x + width / 2)
                    + "\" y=\""
                    + (y - 6)
                    + "\" text-anchor=\"middle\" class=\"value\">")
            .text(column.valueText())
            .raw("</text>");
      }
      html.raw(
              "<text x=\""
                  + (x + width / 2)
                  + "\" y=\""
                  + (HEIGHT - 10)
                  + "\" text-anchor=\"middle\" class=\"axis\">")
          .text(column.label())
          .raw("</text></g>\n");
    }
    html.raw("</svg>\n");
  }

  /**
   * The scale's top: the next of 1, 2, 2.5 or 5 times a power of ten, so grid lines fall on round
   * amounts.
   */
  static BigDecimal roundUp(BigDecimal max) {
    if (max.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(max.precision() - max.scale() - 1);
    for (String step : new String[] {"1", "2", "2.5", "5", "10"}) {
      BigDecimal candidate = power.multiply(new BigDecimal(step));
      if (candidate.compareTo(max) >= 0) {
        return candidate;
      }
    }
    return power.multiply(BigDecimal.TEN);
  }
}
