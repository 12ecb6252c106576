package io.tierline.reports.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tierline.reports.ChargePeriod;
import io.tierline.reports.CostCategory;
import io.tierline.reports.Report;
import io.tierline.reports.ReportTotals;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

/** The "totals" object: what a dashboard shows without adding up rows itself. */
final class JsonTotals {
  private JsonTotals() {}

  static void write(JsonGenerator json, Report report) throws IOException {
    ReportTotals totals = report.totals();
    json.writeObjectFieldStart("totals");
    json.writeNumberField("cost", totals.total());
    json.writeNumberField("latestPeriodCost", totals.latestPeriodCost());
    json.writeNumberField("monthlySavings", totals.savings());
    json.writeNumberField(
        "latestPeriodCostAfterRecommendations", totals.latestPeriodCostAfterRecommendations());
    json.writeObjectFieldStart("byCategory");
    for (Map.Entry<CostCategory, BigDecimal> entry : totals.byCategory().entrySet()) {
      json.writeNumberField(entry.getKey().name(), entry.getValue());
    }
    json.writeEndObject();
    json.writeObjectFieldStart("byTeam");
    for (Map.Entry<String, BigDecimal> entry : totals.byTeam().entrySet()) {
      json.writeNumberField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
    json.writeArrayFieldStart("byPeriod");
    for (Map.Entry<ChargePeriod, BigDecimal> entry : totals.byPeriod().entrySet()) {
      json.writeStartObject();
      period(json, entry.getKey());
      json.writeNumberField("cost", entry.getValue());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  static void period(JsonGenerator json, ChargePeriod period) throws IOException {
    json.writeStringField("periodStart", period.start().toString());
    json.writeStringField("periodEnd", period.end().toString());
  }
}
