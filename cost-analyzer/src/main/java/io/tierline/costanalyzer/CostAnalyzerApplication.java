package io.tierline.costanalyzer;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.tierline.costanalyzer.cli.CostAnalyzerCli;
import io.tierline.costanalyzer.configuration.SecretLogFilter;
import io.tierline.costanalyzer.json.ObjectMappers;
import java.time.Clock;

/**
 * The cost analyzer's entry point. {@code server} and {@code check} are Dropwizard's; everything
 * else, unknown commands included, runs through {@link CostAnalyzerCli}, which gives user mistakes
 * exit code 2 and a one-line message.
 */
public class CostAnalyzerApplication extends Application<CostAnalyzerConfiguration> {

  public static void main(String[] args) throws Exception {
    CostAnalyzerCli cli = new CostAnalyzerCli(Services::fromFile);
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
  public void initialize(Bootstrap<CostAnalyzerConfiguration> bootstrap) {
    // ${KAFKA_PASSWORD}-style references keep secrets out of the YAML file; an unset one fails
    // start-up.
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(true)));
  }

  @Override
  public void run(CostAnalyzerConfiguration configuration, Environment environment) {
    ObjectMappers.strict(environment.getObjectMapper());
    SecretLogFilter.install(configuration.getApply(), configuration.getClusters());
    Services services = Services.start(configuration, Clock.systemUTC());
    environment
        .lifecycle()
        .manage(
            new Managed() {
              @Override
              public void stop() {
                services.close();
              }
            });
    services.register(environment);
  }
}
