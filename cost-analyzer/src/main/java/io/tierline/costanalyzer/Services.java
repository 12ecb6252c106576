package io.tierline.costanalyzer;

import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.DefaultConfigurationFactoryFactory;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.tierline.costanalyzer.analysis.ClusterAnalyzer;
import io.tierline.costanalyzer.apply.ApplyService;
import io.tierline.costanalyzer.apply.AuditLog;
import io.tierline.costanalyzer.apply.BearerToken;
import io.tierline.costanalyzer.cli.ConfiguredService;
import io.tierline.costanalyzer.configuration.ApplyConfig;
import io.tierline.costanalyzer.configuration.BillingConfig;
import io.tierline.costanalyzer.configuration.ClusterConfig;
import io.tierline.costanalyzer.core.ClusterService;
import io.tierline.costanalyzer.core.Estimator;
import io.tierline.costanalyzer.errors.CostAnalyzerException;
import io.tierline.costanalyzer.errors.InvalidInputException;
import io.tierline.costanalyzer.health.CatalogHealthCheck;
import io.tierline.costanalyzer.health.ClusterHealthCheck;
import io.tierline.costanalyzer.history.HistoryRecorder;
import io.tierline.costanalyzer.history.HistoryStore;
import io.tierline.costanalyzer.inventory.ClusterSource;
import io.tierline.costanalyzer.inventory.SnapshotFileSource;
import io.tierline.costanalyzer.inventory.live.LiveClusterSource;
import io.tierline.costanalyzer.measure.ClusterMeter;
import io.tierline.costanalyzer.pricing.PriceCatalogLoader;
import io.tierline.costanalyzer.pricing.PriceCatalogs;
import io.tierline.costanalyzer.recommend.RuleSettings;
import io.tierline.costanalyzer.report.BillingNames;
import io.tierline.costanalyzer.report.ReportService;
import io.tierline.costanalyzer.resources.ApplyResource;
import io.tierline.costanalyzer.resources.ClustersResource;
import io.tierline.costanalyzer.resources.EstimateResource;
import io.tierline.costanalyzer.resources.HistoryResource;
import io.tierline.costanalyzer.resources.OpenApiResource;
import io.tierline.costanalyzer.resources.PricingResource;
import io.tierline.costanalyzer.resources.ReportResource;
import io.tierline.costanalyzer.resources.errors.BodySizeLimitFilter;
import io.tierline.costanalyzer.resources.errors.CostAnalyzerExceptionMapper;
import io.tierline.costanalyzer.resources.errors.JsonExceptionMapper;
import io.tierline.costanalyzer.resources.errors.ThrowableMapper;
import io.tierline.costanalyzer.settings.EstimateDefaults;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The service's parts, built once from the configuration: the server registers them, and the {@code
 * report} command uses them without a server.
 */
public final class Services implements ConfiguredService {

  final CostAnalyzerConfiguration configuration;
  final PriceCatalogs catalogs;
  final Estimator estimator;
  final ClusterService clusters;
  final Duration cacheTtl;
  final HistoryStore history;
  final ReportService reports;
  final Clock clock;

  private Services(
      CostAnalyzerConfiguration configuration,
      PriceCatalogs catalogs,
      ClusterService clusters,
      Clock clock) {
    this.configuration = configuration;
    this.catalogs = catalogs;
    this.estimator = new Estimator(catalogs, defaults(configuration));
    this.clusters = clusters;
    this.cacheTtl = configuration.getCacheTtl().toJavaDuration();
    this.history = new HistoryStore(Path.of(configuration.getHistory().getDirectory()));
    BillingConfig b = configuration.getBilling();
    this.reports =
        new ReportService(
            clusters,
            catalogs,
            history,
            BillingNames.of(
                b.getAccountId(),
                b.getAccountName(),
                b.getProviderName(),
                b.getPublisherName(),
                b.getInvoiceIssuerName()),
            configuration.getSamplingWindow().toJavaDuration(),
            clock);
    this.clock = clock;
  }

  public static Services start(CostAnalyzerConfiguration c, Clock clock) {
    // A missing or negative price, or an unknown default catalog, stops start-up with the entry's
    // name.
    PriceCatalogs catalogs = new PriceCatalogLoader().load(Path.of(c.getPricingDirectory()));
    catalogs.get(c.getDefaultPriceCatalog());
    List<ClusterSource> sources = new ArrayList<>();
    Map<String, ClusterService.ClusterSettings> settings = new HashMap<>();
    Map<String, ClusterMeter> meters = new HashMap<>();
    for (ClusterConfig cluster : c.getClusters()) {
      ClusterMeter.of(cluster, clock).ifPresent(m -> meters.put(cluster.getName(), m));
      sources.add(
          cluster.isLive()
              ? new LiveClusterSource(cluster, c.getSamplingWindow().toJavaDuration(), clock)
              : checkedSnapshot(cluster));
      if (cluster.getPriceCatalog() != null) {
        catalogs.get(cluster.getPriceCatalog());
      }
      settings.put(
          cluster.getName(),
          new ClusterService.ClusterSettings(
              cluster.getPriceCatalog(), cluster.getDiskType(), cluster.getInstanceType()));
    }
    ClusterAnalyzer analyzer = new ClusterAnalyzer(defaults(c), RuleSettings.defaults());
    ClusterService clusters =
        new ClusterService(
            sources,
            settings,
            catalogs,
            analyzer,
            c.getDefaultPriceCatalog(),
            c.getTeams(),
            c.getCacheTtl().toJavaDuration(),
            clock,
            meters);
    return new Services(c, catalogs, clusters, clock);
  }

  /**
   * A snapshot cluster whose file is read once now: a missing or malformed snapshot stops start-up
   * instead of serving errors later. A file that goes bad afterwards turns the health check red.
   */
  private static ClusterSource checkedSnapshot(ClusterConfig cluster) {
    SnapshotFileSource source =
        new SnapshotFileSource(cluster.getName(), Path.of(cluster.getSnapshot()));
    try {
      source.read();
    } catch (CostAnalyzerException e) {
      throw new InvalidInputException("clusters[].snapshot: " + e.getMessage(), e);
    }
    return source;
  }

  /** The parts from a configuration file, for the commands that run without a server. */
  public static Services fromFile(Path configFile) {
    return start(load(configFile), Clock.systemUTC());
  }

  /**
   * The configuration file as the server reads it: environment references substituted, then
   * validated.
   */
  public static CostAnalyzerConfiguration load(Path file) {
    // The server's own factory, so that unknown keys fail here as they do at start-up.
    var factory =
        new DefaultConfigurationFactoryFactory<CostAnalyzerConfiguration>()
            .create(
                CostAnalyzerConfiguration.class,
                Validators.newValidator(),
                Jackson.newObjectMapper(),
                "dw");
    try {
      return factory.build(
          new SubstitutingSourceProvider(
              new FileConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(true)),
          file.toString());
    } catch (ConfigurationException e) {
      throw new InvalidInputException(e.getMessage().replaceAll("\\s*\\R\\s*", " ").trim(), e);
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public ReportService reports() {
    return reports;
  }

  private static EstimateDefaults defaults(CostAnalyzerConfiguration c) {
    return EstimateDefaults.standard().withPriceCatalog(c.getDefaultPriceCatalog());
  }

  void register(Environment environment) {
    var jersey = environment.jersey();
    jersey.register(new BodySizeLimitFilter(configuration.getMaxRequestBytes()));
    jersey.register(new CostAnalyzerExceptionMapper());
    jersey.register(new JsonExceptionMapper());
    jersey.register(new ThrowableMapper());
    jersey.register(new EstimateResource(estimator));
    jersey.register(
        new ClustersResource(
            clusters, configuration.getClusters(), cacheTtl, environment.getObjectMapper()));
    jersey.register(new PricingResource(catalogs, cacheTtl, environment.getObjectMapper()));
    jersey.register(new OpenApiResource());
    jersey.register(new ReportResource(reports));
    jersey.register(new HistoryResource(clusters, history, clock));
    ApplyConfig apply = configuration.getApply();
    jersey.register(
        new ApplyResource(
            new ApplyService(
                clusters,
                new BearerToken(apply.token()),
                new AuditLog(Path.of(apply.getAuditLog())),
                clock)));
    if (configuration.getHistory().isEnabled()) {
      environment
          .lifecycle()
          .manage(
              new HistoryRecorder(
                  clusters.sources(),
                  c -> reports.report(c, false),
                  history,
                  configuration.getHistory().getInterval().toJavaDuration(),
                  clock));
    }
    environment
        .healthChecks()
        .register(
            "price-catalogs",
            new CatalogHealthCheck(catalogs, configuration.getDefaultPriceCatalog()));
    for (ClusterSource s : clusters.sources()) {
      environment.healthChecks().register("cluster-" + s.name(), new ClusterHealthCheck(s));
    }
  }

  @Override
  public void close() {
    clusters.close();
  }
}
