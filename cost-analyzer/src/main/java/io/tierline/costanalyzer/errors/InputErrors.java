package io.tierline.costanalyzer.errors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * Turns Jackson's errors into one-line messages that name the field by its path ({@code
 * topics[3].partitions}). Values validate in their compact constructors with messages of the form
 * {@code field: problem}; Jackson reports where the object was, so the two join into the full path.
 */
public final class InputErrors {

  private InputErrors() {}

  /**
   * The error for a document that Jackson could not read; {@code source} (a file name) may be null.
   */
  public static InvalidInputException describe(String source, JsonProcessingException e) {
    return new InvalidInputException((source == null ? "" : source + ": ") + message(e), e);
  }

  /** Prefixes a value's {@code field: problem} message with the path it was found at. */
  public static InvalidInputException at(String path, IllegalArgumentException e) {
    String where = path.isEmpty() ? "" : path + ".";
    return new InvalidInputException(where + firstLine(e.getMessage()), e);
  }

  static String message(JsonProcessingException e) {
    if (e instanceof JsonParseException p) {
      return syntax(p, where(p));
    }
    if (!(e instanceof JsonMappingException m)) {
      return firstLine(e.getOriginalMessage());
    }
    String path = path(m);
    if (m.getCause() instanceof JsonParseException p) {
      return syntax(p, path.isEmpty() ? "" : " in " + path);
    }
    if (m instanceof ValueInstantiationException
        && m.getCause() instanceof IllegalArgumentException iae) {
      return (path.isEmpty() ? "" : path + ".") + firstLine(iae.getMessage());
    }
    String field = path.isEmpty() ? "document" : path;
    if (m instanceof UnrecognizedPropertyException u) {
      return field + ": unknown field (known fields: " + u.getKnownPropertyIds() + ")";
    }
    if (m instanceof InvalidFormatException f) {
      return field + ": expected " + typeName(f.getTargetType()) + ", got \"" + f.getValue() + "\"";
    }
    if (m instanceof MismatchedInputException mi && mi.getTargetType() != null) {
      return field + ": expected " + typeName(mi.getTargetType()) + location(m.getLocation());
    }
    return field + ": " + firstLine(m.getOriginalMessage());
  }

  private static String syntax(JsonParseException e, String in) {
    String format = e.getProcessor() instanceof YAMLParser ? "YAML" : "JSON";
    return "invalid "
        + format
        + location(e.getLocation())
        + in
        + ": "
        + firstLine(e.getOriginalMessage());
  }

  /**
   * The field the parser was in when the syntax broke, such as {@code workload.replicationFactor}.
   */
  private static String where(JsonParseException e) {
    JsonParser parser = e.getProcessor();
    if (parser == null || parser.getParsingContext() == null) {
      return "";
    }
    String pointer = parser.getParsingContext().pathAsPointer().toString();
    return pointer.isEmpty() ? "" : " in " + pointer.substring(1).replace('/', '.');
  }

  private static String path(JsonMappingException m) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "a different value";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "an object (" + type.getSimpleName() + ")";
  }

  private static String location(JsonLocation l) {
    return l == null || l.getLineNr() < 0
        ? ""
        : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "invalid";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }
}
