package io.tierline.reports.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.tierline.reports.Assumption;
import io.tierline.reports.Billing;
import io.tierline.reports.CostRow;
import io.tierline.reports.HistoryPoint;
import io.tierline.reports.Price;
import io.tierline.reports.Recommendation;
import io.tierline.reports.Report;
import io.tierline.reports.ReportFormat;
import io.tierline.reports.ReportWriter;
import io.tierline.reports.UnpricedCost;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the report as one JSON document: the report's fields, its totals, then its rows. Amounts
 * are JSON numbers in plain decimal notation with six decimals; times are ISO 8601 strings in UTC.
 * Streamed, so a large report never sits in memory twice.
 */
public final class JsonReportWriter implements ReportWriter {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

  @Override
  public ReportFormat format() {
    return ReportFormat.JSON;
  }

  @Override
  public void write(Report report, OutputStream out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(
          new DefaultPrettyPrinter().withObjectIndenter(INDENT).withArrayIndenter(INDENT));
      json.writeStartObject();
      json.writeStringField("cluster", report.cluster());
      json.writeStringField("currency", report.currency());
      json.writeStringField("generatedAt", report.generatedAt().toString());
      json.writeObjectFieldStart("basis");
      json.writeStringField("kind", report.basis().kind().label());
      json.writeStringField("inputs", report.basis().inputs());
      json.writeEndObject();
      billing(json, report.billing());
      JsonTotals.write(json, report);
      json.writeArrayFieldStart("unpriced");
      for (UnpricedCost unpriced : report.unpriced()) {
        json.writeStartObject();
        json.writeStringField("category", unpriced.category().name());
        json.writeStringField("reason", unpriced.reason());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("assumptions");
      for (Assumption assumption : report.assumptions()) {
        json.writeStartObject();
        json.writeStringField("label", assumption.label());
        json.writeStringField("value", assumption.value());
        json.writeStringField("unit", assumption.unit());
        json.writeStringField("source", assumption.source());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("prices");
      for (Price price : report.prices()) {
        json.writeStartObject();
        json.writeStringField("item", price.item());
        json.writeNumberField("amount", price.amount());
        json.writeStringField("unit", price.unit());
        json.writeStringField("source", price.source());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("recommendations");
      for (Recommendation recommendation : report.recommendations()) {
        json.writeStartObject();
        json.writeStringField("topic", recommendation.topic());
        json.writeStringField("title", recommendation.title());
        json.writeNumberField("monthlySavings", recommendation.monthlySavings());
        json.writeArrayFieldStart("risks");
        for (String risk : recommendation.risks()) {
          json.writeString(risk);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("history");
      for (HistoryPoint point : report.history()) {
        json.writeStartObject();
        JsonTotals.period(json, point.period());
        json.writeNumberField("totalCost", point.totalCost());
        json.writeEndObject();
      }
      json.writeEndArray();
      if (!report.measured().isEmpty()) {
        JsonMeasured.write(json, report.measured());
      }
      json.writeArrayFieldStart("rows");
      for (CostRow row : report.rows()) {
        JsonRows.write(json, row);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.flush();
  }

  private static void billing(JsonGenerator json, Billing billing) throws IOException {
    json.writeObjectFieldStart("billing");
    json.writeStringField("accountId", billing.accountId());
    json.writeStringField("accountName", billing.accountName());
    json.writeStringField("providerName", billing.providerName());
    json.writeStringField("publisherName", billing.publisherName());
    json.writeStringField("invoiceIssuerName", billing.invoiceIssuerName());
    if (billing.region().isPresent()) {
      json.writeStringField("regionId", billing.region().get().id());
      json.writeStringField("regionName", billing.region().get().name());
    }
    json.writeEndObject();
  }
}
