package io.tierline.costanalyzer.recommend;

import io.tierline.costanalyzer.model.CostBreakdown;
import io.tierline.costanalyzer.model.CostModel;
import io.tierline.costanalyzer.model.Prices;
import java.util.Map;
import java.util.Optional;

/**
 * What rules may consult besides the topic: the model, the prices per object storage class, the
 * settings, and the cluster's racks.
 *
 * @param pricesByStorageClass the catalog's prices for each object storage class (at the cluster's
 *     volume)
 * @param infrequentAccessClass the catalog's infrequent-access class, if it has one
 * @param rackCount distinct broker racks (0 when unknown)
 */
public record RuleContext(
    CostModel model,
    Map<String, Prices> pricesByStorageClass,
    Optional<String> infrequentAccessClass,
    RuleSettings settings,
    int rackCount) {

  public RuleContext {
    pricesByStorageClass = Map.copyOf(pricesByStorageClass);
  }

  public Prices prices(TopicScenario s) {
    Prices p = pricesByStorageClass.get(s.objectStorageClass());
    if (p == null) {
      throw new IllegalArgumentException(
          "objectStorageClass: no prices for \"" + s.objectStorageClass() + "\"");
    }
    return p;
  }

  public CostBreakdown cost(TopicScenario s) {
    return model.estimate(s.workload(), s.assumptions(), prices(s));
  }
}
