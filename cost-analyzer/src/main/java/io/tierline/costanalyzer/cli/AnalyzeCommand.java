package io.tierline.costanalyzer.cli;

import io.tierline.costanalyzer.analysis.ClusterAnalyzer;
import io.tierline.costanalyzer.api.AnalysisResponse;
import io.tierline.costanalyzer.inventory.ClusterSnapshot;
import io.tierline.costanalyzer.inventory.SnapshotLoader;
import io.tierline.costanalyzer.pricing.PriceCatalog;
import io.tierline.costanalyzer.pricing.PriceCatalogs;
import io.tierline.costanalyzer.recommend.RuleSettings;
import io.tierline.costanalyzer.settings.EstimateDefaults;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Set;

/**
 * {@code analyze SNAPSHOT}: per-topic costs, cost by team and recommendations of a cluster
 * snapshot, as JSON.
 */
final class AnalyzeCommand implements CliCommand {

  static final String CATALOG = "catalog";

  @Override
  public String name() {
    return "analyze";
  }

  @Override
  public Set<String> options() {
    return Set.of(CatalogOption.NAME, CATALOG);
  }

  @Override
  public String usage() {
    return "analyze [--catalog-dir DIR] [--catalog NAME] SNAPSHOT|-";
  }

  @Override
  public String description() {
    return "per-topic costs and recommendations of a cluster snapshot";
  }

  @Override
  public void run(CliArguments args, InputStream in, PrintStream out) {
    String file = args.single("SNAPSHOT");
    ClusterSnapshot snapshot = new SnapshotLoader().read(file, InputFiles.read(file, in));
    PriceCatalogs catalogs = CatalogOption.load(args);
    EstimateDefaults defaults = EstimateDefaults.standard();
    String name =
        args.option(CATALOG)
            .orElse(
                snapshot.priceCatalog() != null
                    ? snapshot.priceCatalog()
                    : defaults.priceCatalog());
    PriceCatalog catalog = catalogs.get(name);
    ClusterAnalyzer analyzer = new ClusterAnalyzer(defaults, RuleSettings.defaults());
    JsonOutput.print(out, AnalysisResponse.of(analyzer.analyze(snapshot, catalog)));
  }
}
