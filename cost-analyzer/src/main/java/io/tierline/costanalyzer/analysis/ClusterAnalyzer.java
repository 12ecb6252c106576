package io.tierline.costanalyzer.analysis;

import io.tierline.costanalyzer.errors.InputErrors;
import io.tierline.costanalyzer.inventory.ClusterSnapshot;
import io.tierline.costanalyzer.inventory.TeamRules;
import io.tierline.costanalyzer.inventory.TopicSnapshot;
import io.tierline.costanalyzer.model.Assumptions;
import io.tierline.costanalyzer.model.ComputeModel;
import io.tierline.costanalyzer.model.CostModel;
import io.tierline.costanalyzer.model.Prices;
import io.tierline.costanalyzer.model.StorageCost;
import io.tierline.costanalyzer.model.Workload;
import io.tierline.costanalyzer.pricing.ObjectStorageClass;
import io.tierline.costanalyzer.pricing.PriceCatalog;
import io.tierline.costanalyzer.recommend.Recommender;
import io.tierline.costanalyzer.recommend.RuleContext;
import io.tierline.costanalyzer.recommend.RuleSettings;
import io.tierline.costanalyzer.recommend.TopicScenario;
import io.tierline.costanalyzer.settings.EstimateDefaults;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prices every topic of a snapshot and runs the recommender over it. No I/O: the snapshot and
 * catalog are loaded before. Volume-tiered object storage is priced at the cluster's blended rate
 * (the average price per GB at the cluster's total remote bytes), so that each topic pays its share
 * of the bill.
 */
public final class ClusterAnalyzer {

  private final CostModel model = new CostModel();
  private final ComputeModel compute = new ComputeModel();
  private final EstimateDefaults defaults;
  private final RuleSettings settings;
  private final Recommender recommender;

  public ClusterAnalyzer(EstimateDefaults defaults, RuleSettings settings) {
    this.defaults = defaults;
    this.settings = settings;
    this.recommender = Recommender.of(settings);
  }

  public ClusterAnalysis analyze(ClusterSnapshot snapshot, PriceCatalog catalog) {
    String disk = snapshot.diskType() != null ? snapshot.diskType() : catalog.defaults().diskType();
    String storageClass = catalog.defaults().objectStorageClass();
    Assumptions assumptions =
        snapshot.rackCount() > 0
            ? defaults.assumptions().withAvailabilityZones(snapshot.rackCount())
            : defaults.assumptions();
    double readFraction = defaults.historicalReadFraction();
    Map<String, Prices> listPrices = new HashMap<>();
    try {
      for (String c : catalog.objectStorageClasses().keySet()) {
        listPrices.put(c, catalog.prices(disk, c));
      }
    } catch (IllegalArgumentException e) {
      throw InputErrors.at("", e);
    }
    List<TopicScenario> scenarios = new ArrayList<>(snapshot.topics().size());
    double remoteBytes = 0;
    for (TopicSnapshot t : snapshot.topics()) {
      TopicScenario s = TopicScenario.of(t, assumptions, storageClass, readFraction);
      scenarios.add(s);
      remoteBytes +=
          model
              .estimate(s.workload(), assumptions, listPrices.get(storageClass))
              .storage()
              .remoteBytes();
    }
    double remoteGb = remoteBytes / assumptions.gigabyteBytes();
    Map<String, Prices> blended = new HashMap<>();
    for (Map.Entry<String, Prices> e : listPrices.entrySet()) {
      blended.put(
          e.getKey(),
          e.getValue().withFlatObjectStorage(e.getValue().objectStorage().averagePrice(remoteGb)));
    }
    RuleContext context =
        new RuleContext(
            model, blended, infrequentAccessClass(catalog), settings, snapshot.rackCount());
    TeamRules teams = new TeamRules(snapshot.teams());
    List<TopicAnalysis> rows = new ArrayList<>(snapshot.topics().size());
    for (TopicScenario s : scenarios) {
      rows.add(
          new TopicAnalysis(
              s.topic(),
              teams.teamOf(s.topic().name()),
              context.cost(s),
              recommender.recommend(s, context)));
    }
    return new ClusterAnalysis(
        snapshot.cluster(),
        catalog.name(),
        disk,
        storageClass,
        catalog.currency(),
        assumptions,
        blended.get(storageClass),
        rows,
        brokerCompute(snapshot, catalog, assumptions, scenarios, rows));
  }

  /**
   * The brokers at the catalog's price for the cluster's instance type, shared out over the topics
   * as they are configured now. The count is the cluster's own brokers when the snapshot lists
   * them, otherwise sized from the topics' traffic, disk and partitions.
   */
  private BrokerCompute brokerCompute(
      ClusterSnapshot snapshot,
      PriceCatalog catalog,
      Assumptions assumptions,
      List<TopicScenario> scenarios,
      List<TopicAnalysis> rows) {
    String type = snapshot.instanceType();
    if (type == null || type.isBlank()) {
      return BrokerCompute.notPriced(
          "the brokers' instance type is unknown: set instanceType for the cluster in the service"
              + " configuration or in its snapshot (catalog "
              + catalog.name()
              + " prices "
              + String.join(", ", catalog.instanceTypes().keySet())
              + ")");
    }
    if (!catalog.instanceTypes().containsKey(type)) {
      return BrokerCompute.notPriced(
          "instance type "
              + type
              + " is not in price catalog "
              + catalog.name()
              + " (it prices "
              + String.join(", ", catalog.instanceTypes().keySet())
              + ")");
    }
    List<Workload> workloads = scenarios.stream().map(TopicScenario::workload).toList();
    List<StorageCost> storage = rows.stream().map(r -> r.cost().storage()).toList();
    return BrokerCompute.priced(
        compute.clusterCost(
            workloads,
            storage,
            snapshot.brokers().size(),
            assumptions,
            defaults.brokerSizing(),
            catalog.brokerType(type)));
  }

  private static Optional<String> infrequentAccessClass(PriceCatalog catalog) {
    return catalog.objectStorageClasses().entrySet().stream()
        .filter(e -> e.getValue().infrequentAccess())
        .min(Map.Entry.comparingByValue((a, b) -> Double.compare(price(a), price(b))))
        .map(Map.Entry::getKey);
  }

  private static double price(ObjectStorageClass c) {
    return c.rate().averagePrice(0);
  }
}
