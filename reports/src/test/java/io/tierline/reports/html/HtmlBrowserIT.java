package io.tierline.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tierline.reports.ReportFormat;
import io.tierline.reports.SampleReports;
import io.tierline.reports.testing.ExternalProcess;
import io.tierline.reports.testing.Formats;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Opens the sample cluster's HTML report in headless Chromium (Debian's {@code chromium}) and
 * checks what a reader would see: no console errors, no network requests, every chart drawn with a
 * size, and the print layout gives A4 pages. Leaves a full-page screenshot and the PDF in {@code
 * target/html-report/} for people to look at. Skipped, with the reason, where Chromium is not
 * installed.
 */
class HtmlBrowserIT {
  private static final Path OUT = Path.of("target", "html-report");
  private static final Optional<Path> EXECUTABLE =
      ExternalProcess.onPath("chromium", "chromium-browser", "google-chrome");
  private static HeadlessChromium chromium;

  @BeforeAll
  static void startChromium() throws Exception {
    if (EXECUTABLE.isPresent()) {
      Files.createDirectories(OUT);
      chromium =
          HeadlessChromium.start(
              EXECUTABLE.get(), Files.createTempDirectory(OUT.toAbsolutePath(), "profile-"));
    }
  }

  // Checked before each test, not once per class, so every test shows as skipped with the reason.
  @BeforeEach
  void requireChromium() {
    assumeTrue(
        EXECUTABLE.isPresent(),
        "Chromium is not installed (apt-get install chromium): skipping the browser test");
  }

  @AfterAll
  static void stopChromium() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void render_smallCluster_hasNoErrorsAndEveryChartHasASize() throws Exception {
    Path html = OUT.resolve("small-cluster.html");
    Files.write(html, Formats.bytes(SampleReports.smallClusterWithHistory(), ReportFormat.HTML));

    try (DevToolsSession page = DevToolsSession.openPage(chromium.browserWebSocket())) {
      RenderedPage rendered = RenderedPage.load(page, html);

      assertThat(rendered.problems()).as("console errors and network requests").isEmpty();
      assertThat(rendered.chartSizes())
          .as("chart sizes (width x height)")
          .hasSize(4)
          .allSatisfy(
              size -> assertThat(size).allSatisfy(length -> assertThat(length).isPositive()));
      Files.write(OUT.resolve("small-cluster.png"), rendered.screenshot());
      byte[] pdf = rendered.printA4();
      Files.write(OUT.resolve("small-cluster.pdf"), pdf);
      assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      assertThat(pageSizes(pdf))
          .as("PDF page sizes in points")
          .isNotEmpty()
          .allSatisfy(size -> assertThat(size).isEqualTo("595x842"));
    }
  }

  @Test
  void render_tenThousandTopics_hasNoErrorsAndEveryChartHasASize() throws Exception {
    Path html = OUT.resolve("large-cluster.html");
    Files.write(html, Formats.bytes(SampleReports.largeCluster(10_000), ReportFormat.HTML));

    try (DevToolsSession page = DevToolsSession.openPage(chromium.browserWebSocket())) {
      RenderedPage rendered = RenderedPage.load(page, html);

      assertThat(rendered.problems()).as("console errors and network requests").isEmpty();
      assertThat(rendered.chartSizes())
          .as("chart sizes (width x height); no history, so no trend")
          .hasSize(3)
          .allSatisfy(
              size -> assertThat(size).allSatisfy(length -> assertThat(length).isPositive()));
      Files.write(OUT.resolve("large-cluster.png"), rendered.screenshot());
    }
  }

  @Test
  void render_pageThatFetchesAnImage_isCaught() throws Exception {
    // The check must be able to fail: an image from elsewhere is blocked by the report's policy,
    // and the block shows up as a console error.
    String report =
        Formats.text(SampleReports.smallClusterWithHistory(), ReportFormat.HTML)
            .replace("</footer>", "<img src=\"http://127.0.0.1:9/logo.png\" alt=\"\"></footer>");
    Path html = OUT.resolve("fetching-image.html");
    Files.writeString(html, report, StandardCharsets.UTF_8);

    try (DevToolsSession page = DevToolsSession.openPage(chromium.browserWebSocket())) {
      assertThat(RenderedPage.load(page, html).problems())
          .anyMatch(problem -> problem.contains("127.0.0.1:9/logo.png"));
    }
  }

  @Test
  void layout_at1280pxAndOnA4_keepsEveryElementInsideItsContainerAndEveryTableColumn()
      throws Exception {
    // Long topic names, as real clusters have them, are what push tables out of a page.
    Path html = OUT.resolve("long-names.html");
    Files.writeString(html, longNames(), StandardCharsets.UTF_8);

    try (DevToolsSession page = DevToolsSession.openPage(chromium.browserWebSocket())) {
      RenderedPage rendered = RenderedPage.load(page, html, 1280);

      assertThat(rendered.overflows())
          .as("elements wider than their container at 1280 px")
          .isEmpty();
      List<RenderedPage.TableColumns> screen = rendered.tableColumns();
      assertThat(screen)
          .as("tables at 1280 px")
          .hasSizeGreaterThanOrEqualTo(5)
          .allSatisfy(t -> assertThat(t.shown()).as(t.table()).isEqualTo(t.cells()));

      rendered.emulatePrintOnA4();
      assertThat(rendered.overflows())
          .as(
              "elements wider than their container in print, %d px wide",
              RenderedPage.A4_CONTENT_WIDTH)
          .isEmpty();
      assertThat(rendered.tableColumns())
          .as("tables in print on A4: the same columns, every cell inside the page")
          .isEqualTo(screen);
    }
  }

  @Test
  void layout_elementWiderThanThePageOrAHiddenPrintColumn_isCaught() throws Exception {
    // The checks must be able to fail: a block wider than the window, and a print rule that drops
    // the second column of every table.
    String report =
        longNames()
            .replace(
                "</footer>",
                "<div style=\"width:1500px\">wide</div><style>@media print { th:nth-child(2),"
                    + " td:nth-child(2) { display: none } }</style></footer>");
    Path html = OUT.resolve("overflowing.html");
    Files.writeString(html, report, StandardCharsets.UTF_8);

    try (DevToolsSession page = DevToolsSession.openPage(chromium.browserWebSocket())) {
      RenderedPage rendered = RenderedPage.load(page, html, 1280);
      assertThat(rendered.overflows()).anyMatch(problem -> problem.contains("\"wide\""));
      List<RenderedPage.TableColumns> screen = rendered.tableColumns();

      rendered.emulatePrintOnA4();
      assertThat(rendered.tableColumns()).isNotEqualTo(screen);
    }
  }

  private static String longNames() throws Exception {
    return Formats.text(SampleReports.smallClusterWithLongTopicNames(), ReportFormat.HTML);
  }

  /** Each page's MediaBox, rounded to whole points; A4 is 595 x 842. */
  private static List<String> pageSizes(byte[] pdf) {
    Matcher box =
        Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]")
            .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    List<String> sizes = new ArrayList<>();
    while (box.find()) {
      sizes.add(
          Math.round(Double.parseDouble(box.group(1)))
              + "x"
              + Math.round(Double.parseDouble(box.group(2))));
    }
    return sizes;
  }

  static String describe(JsonNode event) {
    return event.path("method").asText() + " " + event.path("params");
  }

  static byte[] decode(JsonNode base64) {
    return Base64.getDecoder().decode(base64.asText());
  }
}
