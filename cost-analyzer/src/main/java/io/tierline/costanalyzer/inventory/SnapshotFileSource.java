package io.tierline.costanalyzer.inventory;

import io.tierline.costanalyzer.errors.CostAnalyzerException;
import io.tierline.costanalyzer.errors.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A cluster read from a snapshot file; read again on each call, so an edited file is picked up
 * after the cache.
 */
public final class SnapshotFileSource implements ClusterSource {

  private final String name;
  private final Path file;
  private final SnapshotLoader loader = new SnapshotLoader();

  public SnapshotFileSource(String name, Path file) {
    this.name = name;
    this.file = file;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean live() {
    return false;
  }

  @Override
  public ClusterSnapshot read() {
    try {
      return loader.read(file.toString(), Files.readAllBytes(file));
    } catch (InvalidInputException e) {
      throw new InvalidInputException("cluster " + name + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new CostAnalyzerException(
          "cluster " + name + ": cannot read snapshot " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean reachable() {
    return Files.isReadable(file);
  }
}
