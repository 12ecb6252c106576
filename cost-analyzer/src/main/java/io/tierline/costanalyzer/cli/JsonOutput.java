package io.tierline.costanalyzer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.tierline.costanalyzer.json.ObjectMappers;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** Prints a command's answer as indented JSON, money as plain decimals. */
final class JsonOutput {

  private static final ObjectWriter WRITER = ObjectMappers.json().writer();

  private JsonOutput() {}

  static void print(PrintStream out, Object answer) {
    try {
      out.println(WRITER.writeValueAsString(answer));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the answer as JSON", e);
    }
  }
}
