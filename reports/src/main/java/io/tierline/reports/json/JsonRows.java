package io.tierline.reports.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tierline.reports.CostRow;
import io.tierline.reports.Quantity;
import java.io.IOException;
import java.util.Map;

/** One cost row as a JSON object. */
final class JsonRows {
  private JsonRows() {}

  static void write(JsonGenerator json, CostRow row) throws IOException {
    json.writeStartObject();
    json.writeStringField("topic", row.topic());
    json.writeStringField("team", row.team());
    json.writeObjectFieldStart("labels");
    for (Map.Entry<String, String> label : row.labels().entrySet()) {
      json.writeStringField(label.getKey(), label.getValue());
    }
    json.writeEndObject();
    json.writeStringField("category", row.category().name());
    json.writeObjectFieldStart("sku");
    json.writeStringField("id", row.sku().id());
    json.writeStringField("priceId", row.sku().priceId());
    json.writeStringField("meter", row.sku().meter());
    json.writeNumberField("listUnitPrice", row.sku().listUnitPrice());
    json.writeObjectFieldStart("priceDetails");
    for (Map.Entry<String, String> detail : row.sku().priceDetails().entrySet()) {
      json.writeStringField(detail.getKey(), detail.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
    JsonTotals.period(json, row.period());
    json.writeNumberField("cost", row.cost());
    quantity(json, "consumed", row.consumed());
    quantity(json, "pricing", row.pricing());
    json.writeNumberField("localBytes", row.localBytes());
    json.writeNumberField("remoteBytes", row.remoteBytes());
    json.writeEndObject();
  }

  private static void quantity(JsonGenerator json, String field, Quantity quantity)
      throws IOException {
    json.writeObjectFieldStart(field);
    json.writeNumberField("amount", quantity.amount());
    json.writeStringField("unit", quantity.unit());
    json.writeEndObject();
  }
}
