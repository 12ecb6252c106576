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
public record FocusRecord(String cluster, String currency, CostRow row) {
  private static final JsonFactory JSON = new JsonFactory();

  public static FocusRecord of(Report report, CostRow row) {
    return new FocusRecord(report.cluster(), report.currency(), row);
  }

  /** {@code cluster/topic}: unique within a provider's resources, as FOCUS asks of ResourceId. */
  public String resourceId() {
    return cluster + "/" + row.topic();
  }

  /** The FOCUS Tags object: the team first, then the labels in key order. */
  public String tagsJson() {
    StringWriter text = new StringWriter(64);
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("team", row.team());
      for (Map.Entry<String, String> label : row.labels().entrySet()) {
        json.writeStringField(label.getKey(), label.getValue());
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new ReportException("could not write the tags of topic " + row.topic(), e);
    }
    return text.toString();
  }

  public String chargeDescription() {
    return row.category().label() + " for Kafka topic " + row.topic() + " on cluster " + cluster;
  }
}
