package io.tierline.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A report loaded in a browser page, with what the browser reported while loading it. */
final class RenderedPage {
  private static final int WIDTH = 900;

  /** A4's width less the report's {@code @page} margins (210 mm - 2 x 12 mm), in CSS pixels. */
  static final int A4_CONTENT_WIDTH = (int) Math.floor((210 - 2 * 12) / 25.4 * 96);

  /**
   * Every element, outside the inside of charts, whose box is wider than its parent's or reaches
   * past its parent's right edge, and the page itself when it scrolls sideways.
   */
  private static final String OVERFLOWS =
      """
      JSON.stringify((() => {
        const name = e => e.tagName.toLowerCase()
          + (typeof e.className === 'string' && e.className.trim()
              ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
        const path = e => { const p = [];
          for (let x = e; x && x !== document.documentElement; x = x.parentElement) p.unshift(name(x));
          return p.join(' > '); };
        const out = [];
        for (const e of document.body.querySelectorAll('*')) {
          const parent = e.parentElement;
          if (!parent || parent.closest('svg')) continue;
          const box = e.getBoundingClientRect(), container = parent.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          if (box.width > container.width + 0.5 || box.right > container.right + 0.5) {
            out.push(path(e) + ' "' + (e.textContent || '').trim().slice(0, 40) + '": '
              + box.width.toFixed(1) + ' px wide, right edge ' + box.right.toFixed(1)
              + ', in ' + container.width.toFixed(1) + ' px ending at ' + container.right.toFixed(1));
          }
        }
        const page = document.documentElement;
        if (page.scrollWidth > page.clientWidth) {
          out.push('the page scrolls sideways: ' + page.scrollWidth + ' px in a ' + page.clientWidth + ' px window');
        }
        return out;
      })())\
      """;

  /**
   * Per table: its caption or first heading cell, how many columns its rows have, and how many of
   * those cells are laid out with a size, visible and inside the window.
   */
  private static final String TABLE_COLUMNS =
      """
      JSON.stringify([...document.querySelectorAll('table')].map(t => {
        const right = document.documentElement.clientWidth;
        const cells = [...t.rows].flatMap(r => [...r.cells]);
        const shown = cells.filter(c => { const b = c.getBoundingClientRect(), s = getComputedStyle(c);
          return s.display !== 'none' && s.visibility === 'visible' && b.width > 0
            && b.left >= -0.5 && b.right <= right + 0.5; });
        return { table: (t.caption ? t.caption.textContent : t.rows[0].cells[0].textContent).trim().slice(0, 60),
                 columns: Math.max(...[...t.rows].map(r => r.cells.length)),
                 cells: cells.length, shown: shown.length };
      }))\
      """;

  private static final String CHART_SIZES =
      "JSON.stringify([...document.querySelectorAll('svg')].map(svg => { const box ="
          + " svg.getBoundingClientRect(); return [box.width, box.height]; }))";
  private final DevToolsSession page;

  private RenderedPage(DevToolsSession page) {
    this.page = page;
  }

  static RenderedPage load(DevToolsSession page, Path html) throws Exception {
    return load(page, html, WIDTH);
  }

  /** The page loaded in a window {@code width} CSS pixels wide. */
  static RenderedPage load(DevToolsSession page, Path html, int width) throws Exception {
    for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
      page.send(domain + ".enable", Map.of());
    }
    page.send(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 1200, "deviceScaleFactor", 1, "mobile", false));
    page.send("Page.navigate", Map.of("url", html.toAbsolutePath().toUri().toString()));
    page.awaitEvent("Page.loadEventFired", Duration.ofSeconds(60));
    // A round trip after the load event lets late console messages arrive before they are read.
    page.send("Runtime.evaluate", Map.of("expression", "document.readyState"));
    return new RenderedPage(page);
  }

  /**
   * Console errors, uncaught exceptions, error log entries and requests for anything but the file.
   */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (JsonNode event : page.events()) {
      JsonNode params = event.path("params");
      boolean problem =
          switch (event.path("method").asText()) {
            case "Runtime.exceptionThrown" -> true;
            case "Runtime.consoleAPICalled" ->
                List.of("error", "assert").contains(params.path("type").asText());
            case "Log.entryAdded" -> params.path("entry").path("level").asText().equals("error");
            case "Network.requestWillBeSent" ->
                !params.path("request").path("url").asText().startsWith("file:");
            default -> false;
          };
      if (problem) {
        problems.add(HtmlBrowserIT.describe(event));
      }
    }
    return problems;
  }

  /** Elements wider than their container, described for a failure message; empty when none. */
  List<String> overflows() throws Exception {
    List<String> out = new ArrayList<>();
    new ObjectMapper().readTree(evaluate(OVERFLOWS)).forEach(e -> out.add(e.asText()));
    return out;
  }

  /** Every table's columns, and how many of its cells are laid out inside the window. */
  List<TableColumns> tableColumns() throws Exception {
    List<TableColumns> out = new ArrayList<>();
    for (JsonNode t : new ObjectMapper().readTree(evaluate(TABLE_COLUMNS))) {
      out.add(
          new TableColumns(
              t.get("table").asText(),
              t.get("columns").asInt(),
              t.get("cells").asInt(),
              t.get("shown").asInt()));
    }
    return out;
  }

  /**
   * Lays the page out as it prints: print media, in a window as wide as A4's printable width
   * ({@link #A4_CONTENT_WIDTH}).
   */
  void emulatePrintOnA4() throws Exception {
    page.send("Emulation.setEmulatedMedia", Map.of("media", "print"));
    page.send(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", A4_CONTENT_WIDTH, "height", 1100, "deviceScaleFactor", 1, "mobile", false));
  }

  /**
   * A table as laid out.
   *
   * @param columns the most cells any of its rows has
   * @param cells all its cells
   * @param shown the cells with a size, visible, and inside the window
   */
  record TableColumns(String table, int columns, int cells, int shown) {}

  private String evaluate(String expression) throws Exception {
    JsonNode result =
        page.send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new AssertionError("the page's script failed: " + result.get("exceptionDetails"));
    }
    return result.at("/result/value").asText();
  }

  /** Width and height of every SVG chart as laid out, in CSS pixels. */
  List<List<Double>> chartSizes() throws Exception {
    JsonNode result =
        page.send("Runtime.evaluate", Map.of("expression", CHART_SIZES, "returnByValue", true));
    List<List<Double>> sizes = new ArrayList<>();
    for (JsonNode size : new ObjectMapper().readTree(result.at("/result/value").asText())) {
      sizes.add(List.of(size.get(0).asDouble(), size.get(1).asDouble()));
    }
    return sizes;
  }

  /** The whole page as a PNG, as wide as a laptop window and as long as the report. */
  byte[] screenshot() throws Exception {
    double height =
        page.send("Page.getLayoutMetrics", Map.of()).at("/cssContentSize/height").asDouble();
    JsonNode shot =
        page.send(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", WIDTH, "height", height, "scale", 1)));
    return HtmlBrowserIT.decode(shot.get("data"));
  }

  /** The page printed as the report's print stylesheet asks (A4). */
  byte[] printA4() throws Exception {
    JsonNode pdf =
        page.send("Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
    return HtmlBrowserIT.decode(pdf.get("data"));
  }
}
