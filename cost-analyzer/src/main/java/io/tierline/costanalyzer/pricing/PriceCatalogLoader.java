package io.tierline.costanalyzer.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierline.costanalyzer.errors.CostAnalyzerException;
import io.tierline.costanalyzer.errors.InputErrors;
import io.tierline.costanalyzer.errors.InvalidInputException;
import io.tierline.costanalyzer.json.ObjectMappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads every {@code *.yaml} catalog of a directory and validates it, so that a missing or negative
 * price fails start-up with a message naming the file and the entry. The file name (without {@code
 * .yaml}) must equal the catalog's {@code name}.
 */
public final class PriceCatalogLoader {

  /**
   * Where the catalogs are looked for when no directory is given: relative to the working
   * directory.
   */
  public static final Path DEFAULT_DIRECTORY = Path.of("config", "pricing");

  /** The copies bundled in the jar, used when the default directory does not exist. */
  static final String CLASSPATH_DIRECTORY = "pricing";

  private final ObjectMapper yaml = ObjectMappers.yaml();

  /** The default directory if it exists, else the catalogs bundled on the classpath. */
  public PriceCatalogs loadDefault() {
    if (Files.isDirectory(DEFAULT_DIRECTORY)) {
      return load(DEFAULT_DIRECTORY);
    }
    return loadBundled();
  }

  public PriceCatalogs load(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new InvalidInputException("catalog directory: " + directory + " is not a directory");
    }
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> yamlFiles =
          files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
      if (yamlFiles.isEmpty()) {
        throw new InvalidInputException(
            "catalog directory: " + directory + " holds no *.yaml catalog");
      }
      Map<String, PriceCatalog> catalogs = new TreeMap<>();
      for (Path f : yamlFiles) {
        PriceCatalog c = read(f);
        catalogs.put(c.name(), c);
      }
      return new PriceCatalogs(catalogs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }

  PriceCatalogs loadBundled() {
    URL url = PriceCatalogLoader.class.getClassLoader().getResource(CLASSPATH_DIRECTORY);
    if (url == null) {
      throw new CostAnalyzerException(
          "no price catalogs: neither " + DEFAULT_DIRECTORY + " nor bundled ones exist");
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return load(Path.of(uri));
      }
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return load(jar.provider().getPath(uri));
      }
    } catch (URISyntaxException | IOException e) {
      throw new CostAnalyzerException(
          "cannot read the bundled price catalogs: " + e.getMessage(), e);
    }
  }

  PriceCatalog read(Path file) {
    String source = file.getFileName().toString();
    PriceCatalog catalog;
    try {
      catalog = yaml.readValue(Files.readAllBytes(file), PriceCatalog.class);
    } catch (JsonProcessingException e) {
      throw InputErrors.describe(source, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    String expected = source.substring(0, source.length() - ".yaml".length());
    if (catalog == null || !expected.equals(catalog.name())) {
      throw new InvalidInputException(
          source + ": name: must be \"" + expected + "\" (the file's name)");
    }
    return catalog;
  }
}
