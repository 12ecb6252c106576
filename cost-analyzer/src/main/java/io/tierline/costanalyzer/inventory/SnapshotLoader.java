package io.tierline.costanalyzer.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierline.costanalyzer.core.InputErrors;
import io.tierline.costanalyzer.core.InvalidInputException;
import io.tierline.costanalyzer.core.ObjectMappers;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads a cluster snapshot from YAML or JSON (JSON is YAML), naming the field when something is wrong. */
public final class SnapshotLoader {

  private final ObjectMapper yaml = ObjectMappers.yaml();

  public ClusterSnapshot read(String source, byte[] content) {
    try {
      ClusterSnapshot s = yaml.readValue(content, ClusterSnapshot.class);
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
}
