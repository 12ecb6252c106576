package io.tierline.reports.focus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.tierline.reports.CostRow;
import io.tierline.reports.Report;
import io.tierline.reports.ReportException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/** One cost row seen as a FOCUS charge: the row plus what it inherits from its report. */
public record FocusRecord(Report report, CostRow row) {
  private static final JsonFactory JSON = new JsonFactory();

  public static FocusRecord of(Report report, CostRow row) {
    return new FocusRecord(report, row);
  }

  /** {@code cluster/topic}: unique within a provider's resources, as FOCUS asks of ResourceId. */
  public String resourceId() {
    return report.cluster() + "/" + row.topic();
  }

  /** The FOCUS Tags object: the team first, then the labels in key order. */
  public String tagsJson() {
    return json(Map.of("team", row.team()), row.labels(), "the tags of topic " + row.topic());
  }

  /** The FOCUS SkuPriceDetails object. */
  public String skuPriceDetailsJson() {
    return json(Map.of(), row.sku().priceDetails(), "the price details of " + row.sku().id());
  }

  public String chargeDescription() {
    return row.sku().meter()
        + " for Kafka topic "
        + row.topic()
        + " on cluster "
        + report.cluster();
  }

  private static String json(Map<String, String> first, Map<String, String> rest, String what) {
    StringWriter text = new StringWriter(64);
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      for (Map.Entry<String, String> entry : first.entrySet()) {
        json.writeStringField(entry.getKey(), entry.getValue());
      }
      for (Map.Entry<String, String> entry : rest.entrySet()) {
        json.writeStringField(entry.getKey(), entry.getValue());
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new ReportException("could not write " + what, e);
    }
    return text.toString();
  }
}
