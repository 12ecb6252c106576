package io.tierline.costanalyzer.core;

import io.tierline.costanalyzer.api.AssumptionsRequest;
import io.tierline.costanalyzer.api.CostJson;
import io.tierline.costanalyzer.api.EstimateRequest;
import io.tierline.costanalyzer.api.EstimateResponse;
import io.tierline.costanalyzer.api.Money;
import io.tierline.costanalyzer.api.ResolvedAssumptions;
import io.tierline.costanalyzer.api.ResolvedWorkload;
import io.tierline.costanalyzer.api.WorkloadRequest;
import io.tierline.costanalyzer.errors.InputErrors;
import io.tierline.costanalyzer.errors.InvalidInputException;
import io.tierline.costanalyzer.model.Assumptions;
import io.tierline.costanalyzer.model.BrokerType;
import io.tierline.costanalyzer.model.ComputeModel;
import io.tierline.costanalyzer.model.CostBreakdown;
import io.tierline.costanalyzer.model.CostModel;
import io.tierline.costanalyzer.model.Prices;
import io.tierline.costanalyzer.model.Retention;
import io.tierline.costanalyzer.model.Workload;
import io.tierline.costanalyzer.pricing.PriceCatalog;
import io.tierline.costanalyzer.pricing.PriceCatalogs;
import io.tierline.costanalyzer.settings.EstimateDefaults;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Answers an estimate request: fills in defaults, picks the catalog's prices (explicit prices
 * override them), runs the model and shapes the answer. Stateless; the REST resource and the CLI
 * command both use it.
 */
public final class Estimator {

  private final CostModel model = new CostModel();
  private final ComputeModel compute = new ComputeModel();
  private final PriceCatalogs catalogs;
  private final EstimateDefaults defaults;

  public Estimator(PriceCatalogs catalogs, EstimateDefaults defaults) {
    this.catalogs = catalogs;
    this.defaults = defaults;
  }

  /** The answer, or an {@link InvalidInputException} naming the field that is wrong. */
  public EstimateResponse estimate(EstimateRequest request) {
    if (request.workload() == null) {
      throw new InvalidInputException("workload: is required");
    }
    AssumptionsRequest r = request.assumptions();
    PriceCatalog catalog;
    try {
      catalog = catalogs.get(or(r.priceCatalog(), defaults.priceCatalog()));
    } catch (InvalidInputException e) {
      throw new InvalidInputException("assumptions." + e.getMessage(), e);
    }
    String disk = or(r.diskType(), catalog.defaults().diskType());
    String storageClass = or(r.objectStorageClass(), catalog.defaults().objectStorageClass());
    Prices prices;
    Assumptions assumptions;
    Optional<BrokerType> broker;
    try {
      prices = withOverrides(catalog.prices(disk, storageClass), r);
      assumptions = assumptions(r, defaults.assumptions());
      broker = Optional.ofNullable(r.instanceType()).map(catalog::brokerType);
    } catch (IllegalArgumentException e) {
      throw InputErrors.at("assumptions", e);
    }
    ResolvedWorkload resolved = resolve(request.workload());
    Workload workload;
    try {
      workload = toModel(resolved);
    } catch (IllegalArgumentException e) {
      throw InputErrors.at("workload", e);
    }
    CostBreakdown cost = model.estimate(workload, assumptions, prices);
    double remoteGb = cost.storage().remoteBytes() / (double) assumptions.gigabyteBytes();
    EstimateResponse.Compute brokers =
        broker
            .map(
                t ->
                    compute.cost(workload, cost.storage(), assumptions, defaults.brokerSizing(), t))
            .map(
                c ->
                    new EstimateResponse.Compute(
                        c.instanceType(), c.brokers(), c.boundBy(), Money.of(c.monthlyCost())))
            .orElse(null);
    ResolvedAssumptions echo =
        new ResolvedAssumptions(
            catalog.name(),
            disk,
            storageClass,
            r.instanceType(),
            prices.diskPerGbMonth(),
            prices.objectStorage().averagePrice(remoteGb),
            prices.objectRetrievalPerGb(),
            prices.objectMinimumDurationDays(),
            prices.crossAzPerGb(),
            prices.putPer1000(),
            prices.getPer1000(),
            assumptions.gigabyteBytes(),
            assumptions.hoursPerMonth(),
            assumptions.diskFreeFraction(),
            assumptions.availabilityZones(),
            assumptions.zoneAwareProducers(),
            assumptions.followerFetching(),
            assumptions.chunkBytes(),
            assumptions.minPartBytes(),
            assumptions.indexObjectsPerSegment(),
            assumptions.manifestObjectsPerSegment(),
            assumptions.cacheHitRatio());
    return EstimateResponse.of(CostJson.of(cost), brokers, catalog.currency(), echo, resolved);
  }

  private ResolvedWorkload resolve(WorkloadRequest w) {
    required("ingressBytesPerSecond", w.ingressBytesPerSecond());
    required("replicationFactor", w.replicationFactor());
    required("retentionMs", w.retentionMs());
    EstimateDefaults d = defaults;
    return new ResolvedWorkload(
        w.ingressBytesPerSecond(),
        w.replicationFactor(),
        w.retentionMs(),
        or(w.retentionBytes(), d.retentionBytes()),
        or(w.partitions(), d.partitions()),
        or(w.segmentBytes(), d.segmentBytes()),
        or(w.segmentMs(), d.segmentMs()),
        or(w.consumerGroups(), d.consumerGroups()),
        or(w.remoteStorageEnabled(), d.remoteStorageEnabled()),
        or(w.localRetentionMs(), d.localRetentionMs()),
        or(w.localRetentionBytes(), d.localRetentionBytes()),
        or(w.historicalReadFraction(), d.historicalReadFraction()),
        w.currentSizeBytes());
  }

  static Workload toModel(ResolvedWorkload w) {
    Retention retention = Retention.ofKafka(w.retentionMs(), w.retentionBytes());
    Retention local =
        Retention.localOfKafka(w.localRetentionMs(), w.localRetentionBytes(), retention);
    OptionalLong size =
        w.currentSizeBytes() == null ? OptionalLong.empty() : OptionalLong.of(w.currentSizeBytes());
    return new Workload(
        w.ingressBytesPerSecond(),
        w.replicationFactor(),
        w.partitions(),
        retention,
        local,
        w.remoteStorageEnabled(),
        w.segmentBytes(),
        w.segmentMs(),
        w.consumerGroups(),
        w.historicalReadFraction(),
        size);
  }

  private static Assumptions assumptions(AssumptionsRequest r, Assumptions d) {
    return new Assumptions(
        or(r.gigabyteBytes(), d.gigabyteBytes()),
        or(r.hoursPerMonth(), d.hoursPerMonth()),
        or(r.diskFreeFraction(), d.diskFreeFraction()),
        or(r.availabilityZones(), d.availabilityZones()),
        or(r.zoneAwareProducers(), d.zoneAwareProducers()),
        or(r.followerFetching(), d.followerFetching()),
        or(r.chunkBytes(), d.chunkBytes()),
        or(r.minPartBytes(), d.minPartBytes()),
        or(r.indexObjectsPerSegment(), d.indexObjectsPerSegment()),
        or(r.manifestObjectsPerSegment(), d.manifestObjectsPerSegment()),
        or(r.cacheHitRatio(), d.cacheHitRatio()));
  }

  private static Prices withOverrides(Prices p, AssumptionsRequest r) {
    Prices out =
        new Prices(
            or(r.diskPricePerGbMonth(), p.diskPerGbMonth()),
            p.objectStorage(),
            or(r.objectRetrievalPricePerGb(), p.objectRetrievalPerGb()),
            or(r.objectMinimumDurationDays(), p.objectMinimumDurationDays()),
            or(r.crossAzPricePerGb(), p.crossAzPerGb()),
            or(r.putPricePer1000(), p.putPer1000()),
            or(r.getPricePer1000(), p.getPer1000()));
    return r.objectStoragePricePerGbMonth() == null
        ? out
        : out.withFlatObjectStorage(r.objectStoragePricePerGbMonth());
  }

  private static void required(String field, Object value) {
    if (value == null) {
      throw new InvalidInputException("workload." + field + ": is required");
    }
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
