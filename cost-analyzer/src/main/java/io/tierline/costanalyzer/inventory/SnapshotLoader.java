package io.tierline.costanalyzer.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierline.costanalyzer.errors.InputErrors;
import io.tierline.costanalyzer.errors.InvalidInputException;
import io.tierline.costanalyzer.json.ObjectMappers;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads a cluster snapshot from YAML or JSON, naming the field when something is wrong. A document
 * that starts with <code>{</code> is read as JSON, which is several times faster for large
 * clusters.
 */
public final class SnapshotLoader {

  private final ObjectMapper yaml = ObjectMappers.yaml();
  private final ObjectMapper json = ObjectMappers.json();

  public ClusterSnapshot read(String source, byte[] content) {
    try {
      ClusterSnapshot s = (isJson(content) ? json : yaml).readValue(content, ClusterSnapshot.class);
      if (s == null) {
        throw new InvalidInputException(source + ": is empty");
      }
      return s;
    } catch (JsonProcessingException e) {
      throw InputErrors.describe(source, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isJson(byte[] content) {
    for (byte b : content) {
      if (!Character.isWhitespace(b)) {
        return b == '{';
      }
    }
    return false;
  }
}
