package io.tierline.costanalyzer;

import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Environment;
import io.tierline.costanalyzer.cli.CostAnalyzerCli;
import io.tierline.costanalyzer.pricing.PriceCatalogLoader;
import java.nio.file.Path;

/**
 * The cost analyzer's entry point. {@code estimate} and {@code analyze} run through {@link CostAnalyzerCli},
 * which gives user mistakes exit code 2 and a one-line message; {@code server} and {@code check} are Dropwizard's.
 */
public class CostAnalyzerApplication extends Application<CostAnalyzerConfiguration> {

  public static void main(String[] args) throws Exception {
    CostAnalyzerCli cli = new CostAnalyzerCli();
    if (cli.handles(args)) {
      System.exit(cli.run(args, System.in, System.out, System.err));
    }
    new CostAnalyzerApplication().run(args);
  }

  @Override
  public String getName() {
    return "tierline-cost-analyzer";
  }

  @Override
  public void run(CostAnalyzerConfiguration configuration, Environment environment) {
    // Validate the catalogs at start-up: a missing or negative price stops the service with the entry's name.
    new PriceCatalogLoader().load(Path.of(configuration.getPricingDirectory()));
  }
}
