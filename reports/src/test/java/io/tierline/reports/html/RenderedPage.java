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
  private static final String CHART_SIZES =
      "JSON.stringify([...document.querySelectorAll('svg')].map(svg => { const box ="
          + " svg.getBoundingClientRect(); return [box.width, box.height]; }))";
  private final DevToolsSession page;

  private RenderedPage(DevToolsSession page) {
    this.page = page;
  }

  static RenderedPage load(DevToolsSession page, Path html) throws Exception {
    for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
      page.send(domain + ".enable", Map.of());
    }
    page.send(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", WIDTH, "height", 1200, "deviceScaleFactor", 1, "mobile", false));
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
