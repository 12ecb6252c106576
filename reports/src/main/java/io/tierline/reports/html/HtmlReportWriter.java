package io.tierline.reports.html;

import io.tierline.reports.CostBasis;
import io.tierline.reports.Report;
import io.tierline.reports.ReportException;
import io.tierline.reports.ReportFormat;
import io.tierline.reports.ReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes the report as one self-contained HTML page for people: inline CSS and SVG charts, no
 * scripts, no fonts or images fetched from anywhere (a Content-Security-Policy forbids it), and a
 * print layout for A4. The page speaks of the latest charge period; every chart's numbers are also
 * in a table.
 */
public final class HtmlReportWriter implements ReportWriter {
  private static final String CSS = stylesheet();
  private static final DateTimeFormatter GENERATED =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'", Locale.US)
          .withZone(ZoneOffset.UTC);

  @Override
  public ReportFormat format() {
    return ReportFormat.HTML;
  }

  @Override
  public void write(Report report, OutputStream out) throws IOException {
    ReportView view = ReportView.of(report);
    Html html = new Html();
    String title = "Kafka cost report: " + report.cluster() + ", " + view.periodLabel();
    html.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .raw(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src"
                + " 'unsafe-inline'\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .element("title", title)
        .raw("<style>\n")
        .raw(CSS)
        .raw("</style></head>\n<body><main>\n");
    html.raw("<header><p class=\"kicker\">Kafka cost report</p><h1>")
        .text(report.cluster())
        .raw("</h1>")
        .raw("<p class=\"meta\">")
        .text(
            view.basisHeadline()
                + " \u00b7 amounts in "
                + report.currency()
                + " \u00b7 computed "
                + GENERATED.format(report.generatedAt()))
        .raw("</p><p class=\"basis\">")
        .text(basisSentence(report))
        .raw("</p></header>\n");
    SummarySection.render(html, view);
    BreakdownSection.byCategory(html, view);
    BreakdownSection.byTeam(html, view);
    SavingsSection.render(html, view);
    TopicsSection.render(html, view);
    MeasuredSection.render(html, view);
    TrendSection.render(html, view);
    AssumptionsSection.render(html, view);
    html.raw("<footer>Produced by Tierline from the cluster&#39;s settings and measured traffic. ")
        .raw("Costs are estimates at list prices, not an invoice.</footer></main></body></html>\n");
    out.write(html.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** What the figures are, in one sentence, so that no reader takes an estimate for a bill. */
  private static String basisSentence(Report report) {
    CostBasis basis = report.basis();
    return basis.kind() == CostBasis.Kind.ESTIMATE
        ? "These are estimates, not measured costs: each figure is what a month costs at "
            + basis.inputs()
            + "."
        : "These are measured costs: what accrued over the period, from " + basis.inputs() + ".";
  }

  private static String stylesheet() {
    try (InputStream css = HtmlReportWriter.class.getResourceAsStream("report.css")) {
      if (css == null) {
        throw new ReportException("report.css is missing from the reports jar");
      }
      return new String(css.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportException("could not read report.css from the reports jar", e);
    }
  }
}
