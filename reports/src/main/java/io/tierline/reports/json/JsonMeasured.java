package io.tierline.reports.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tierline.reports.MeasuredTopic;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code measured} array: per topic, each measured figure beside the model's ({@code
 * remoteBytes} and {@code modelledRemoteBytes}, ...). A figure that was not measured is left out.
 */
final class JsonMeasured {
  private JsonMeasured() {}

  static void write(JsonGenerator json, List<MeasuredTopic> topics) throws IOException {
    json.writeArrayFieldStart("measured");
    for (MeasuredTopic t : topics) {
      json.writeStartObject();
      json.writeStringField("topic", t.topic());
      field(json, "remoteBytes", t.remoteBytes());
      json.writeNumberField("modelledRemoteBytes", t.modelledRemoteBytes());
      field(json, "remoteObjects", t.remoteObjects());
      field(json, "putsPerMonth", t.putsPerMonth());
      json.writeNumberField("modelledPutsPerMonth", t.modelledPutsPerMonth());
      field(json, "getsPerMonth", t.getsPerMonth());
      json.writeNumberField("modelledGetsPerMonth", t.modelledGetsPerMonth());
      field(json, "listsPerMonth", t.listsPerMonth());
      money(json, "requestsMonthlyCost", t.requestsMonthlyCost());
      json.writeNumberField("modelledRequestsMonthlyCost", t.modelledRequestsMonthlyCost());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void field(JsonGenerator json, String name, OptionalLong value)
      throws IOException {
    if (value.isPresent()) {
      json.writeNumberField(name, value.getAsLong());
    }
  }

  private static void money(JsonGenerator json, String name, Optional<BigDecimal> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeNumberField(name, value.get());
    }
  }
}
