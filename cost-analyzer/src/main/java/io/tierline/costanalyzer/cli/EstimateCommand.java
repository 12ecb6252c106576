package io.tierline.costanalyzer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierline.costanalyzer.api.EstimateRequest;
import io.tierline.costanalyzer.core.Estimator;
import io.tierline.costanalyzer.errors.InputErrors;
import io.tierline.costanalyzer.errors.InvalidInputException;
import io.tierline.costanalyzer.json.ObjectMappers;
import io.tierline.costanalyzer.settings.EstimateDefaults;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** {@code estimate FILE|-}: the JSON of {@code POST /api/v1/estimate} in, its answer out. */
final class EstimateCommand implements CliCommand {

  private final ObjectMapper json = ObjectMappers.json();

  @Override
  public String name() {
    return "estimate";
  }

  @Override
  public Set<String> options() {
    return Set.of(CatalogOption.NAME);
  }

  @Override
  public String usage() {
    return "estimate [--catalog-dir DIR] FILE|-";
  }

  @Override
  public String description() {
    return "monthly cost of a workload (the JSON of POST /api/v1/estimate)";
  }

  @Override
  public void run(CliArguments args, InputStream in, PrintStream out) {
    byte[] body = InputFiles.read(args.single("FILE"), in);
    if (new String(body, StandardCharsets.UTF_8).isBlank()) {
      throw new InvalidInputException("workload: is required (the input is empty)");
    }
    EstimateRequest request;
    try {
      request = json.readValue(body, EstimateRequest.class);
    } catch (JsonProcessingException e) {
      throw InputErrors.describe(null, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Estimator estimator = new Estimator(CatalogOption.load(args), EstimateDefaults.standard());
    JsonOutput.print(out, estimator.estimate(request));
  }
}
