package io.tierline.costanalyzer.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.math.BigDecimal;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Strict mappers for everything users write: unknown fields, nulls for numbers, strings where
 * numbers belong and duplicate keys are errors, so a typo never silently falls back to a default.
 */
public final class ObjectMappers {

  /**
   * The largest YAML document read: 256 Mi characters, a snapshot of far more than 10,000 topics.
   */
  static final int MAX_YAML_CODE_POINTS = 256 << 20;

  private ObjectMappers() {}

  public static ObjectMapper json() {
    return strict(JsonMapper.builder()).build();
  }

  /** YAML, with room for snapshots of large clusters (SnakeYAML stops at 3 MB by default). */
  public static ObjectMapper yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_YAML_CODE_POINTS);
    return strict(YAMLMapper.builder(YAMLFactory.builder().loaderOptions(options).build())).build();
  }

  /**
   * Makes an existing mapper (the service's own, which carries Dropwizard's modules) as strict as
   * {@link #json()} for reading, and writes doubles and decimals plainly. Output stays compact: it
   * is for machines.
   */
  public static ObjectMapper strict(ObjectMapper mapper) {
    mapper.registerModule(new Jdk8Module());
    mapper.registerModule(plainDoubles());
    mapper.enable(
        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
        DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    for (LogicalType t :
        new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
      mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.getFactory().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    return mapper;
  }

  /** Doubles as plain decimals (0.0004, not 4.0E-4): finance tools and people read these files. */
  private static SimpleModule plainDoubles() {
    SimpleModule m = new SimpleModule("plain-doubles");
    JsonSerializer<Double> plain =
        new JsonSerializer<>() {
          @Override
          public void serialize(Double v, JsonGenerator g, SerializerProvider p)
              throws IOException {
            if (v.isNaN() || v.isInfinite()) {
              g.writeNull();
            } else {
              g.writeNumber(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
            }
          }
        };
    m.addSerializer(Double.class, plain);
    m.addSerializer(double.class, plain);
    return m;
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B strict(B builder) {
    return builder
        .addModule(new Jdk8Module())
        .addModule(plainDoubles())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }
}
