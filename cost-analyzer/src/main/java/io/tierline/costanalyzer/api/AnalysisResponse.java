package io.tierline.costanalyzer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tierline.costanalyzer.analysis.BrokerCompute;
import io.tierline.costanalyzer.analysis.ClusterAnalysis;
import io.tierline.costanalyzer.analysis.TopicAnalysis;
import io.tierline.costanalyzer.model.Assumptions;
import io.tierline.costanalyzer.model.Prices;
import io.tierline.costanalyzer.recommend.ConfigChange;
import io.tierline.costanalyzer.recommend.Recommendation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code analyze} prints (and what the service's cluster endpoints will serve): totals, cost
 * by team, a row per topic, and the recommendations, largest savings first. Totals are sums of the
 * rounded rows. Broker compute is the cluster's, on its own: the topic rows and totals leave it
 * out, and reports share it out over the topics.
 */
public record AnalysisResponse(
    String cluster,
    String priceCatalog,
    String diskType,
    String objectStorageClass,
    String currency,
    CostJson totals,
    BigDecimal totalMonthlySavings,
    List<TeamCost> teams,
    List<TopicCost> topics,
    List<RecommendationJson> recommendations,
    Assumptions assumptions,
    PricesJson prices,
    ComputeJson compute,
    @JsonInclude(JsonInclude.Include.NON_NULL) MeasurementJson measurement) {

  /**
   * The brokers and their monthly cost, or why they are not priced.
   *
   * @param brokersFrom {@code cluster} when the cluster's brokers were counted, otherwise what the
   *     sizing was bound by
   * @param notPriced what is missing when the brokers could not be priced; null when priced
   */
  public record ComputeJson(
      String instanceType,
      Integer brokers,
      String brokersFrom,
      BigDecimal monthlyCost,
      String notPriced) {

    static ComputeJson of(BrokerCompute c) {
      return c.compute()
          .map(
              x ->
                  new ComputeJson(
                      x.instanceType(), x.brokers(), x.boundBy(), Money.of(x.monthlyCost()), null))
          .orElseGet(
              () -> new ComputeJson(null, null, null, null, c.notPricedReason().orElseThrow()));
    }
  }

  /** One team's topics and their monthly cost. */
  public record TeamCost(
      String team, int topics, BigDecimal monthlyCost, BigDecimal monthlySavings) {}

  /**
   * One topic's measured shape and monthly cost; where its remote storage is measured, the measured
   * figures beside the model's, and which of them {@code cost} prices.
   */
  public record TopicCost(
      String name,
      String team,
      int partitions,
      int replicationFactor,
      double ingressBytesPerSecond,
      CostJson cost,
      BigDecimal monthlySavings,
      @JsonInclude(JsonInclude.Include.NON_NULL) MeasuredJson.CostBasis costBasis,
      @JsonInclude(JsonInclude.Include.NON_NULL) MeasuredJson.Measured measured,
      @JsonInclude(JsonInclude.Include.NON_NULL) MeasuredJson.Modelled modelled) {}

  /** One recommendation with its changes as {@code key: from → to}. */
  public record RecommendationJson(
      String topic,
      String team,
      String rule,
      List<ConfigChange> changes,
      BigDecimal monthlySavings,
      List<String> risks,
      List<String> evidence) {}

  /** The unit prices applied; object storage at the cluster's blended rate. */
  public record PricesJson(
      double diskPricePerGbMonth,
      double objectStoragePricePerGbMonth,
      double objectRetrievalPricePerGb,
      double objectMinimumDurationDays,
      double crossAzPricePerGb,
      double putPricePer1000,
      double getPricePer1000) {}

  public static AnalysisResponse of(ClusterAnalysis a) {
    CostJson totals = CostJson.ZERO;
    BigDecimal savings = BigDecimal.ZERO.setScale(2);
    Map<String, TeamCost> teams = new TreeMap<>();
    List<TopicCost> topics = new ArrayList<>(a.topics().size());
    List<RecommendationJson> recommendations = new ArrayList<>();
    for (TopicAnalysis t : a.topics()) {
      CostJson cost = CostJson.of(t.cost());
      BigDecimal topicSavings = BigDecimal.ZERO.setScale(2);
      for (Recommendation r : t.recommendations()) {
        BigDecimal s = Money.of(r.monthlySavings());
        topicSavings = topicSavings.add(s);
        recommendations.add(
            new RecommendationJson(
                r.topic(), t.team(), r.rule(), r.changes(), s, r.risks(), r.evidence()));
      }
      totals = totals.plus(cost);
      savings = savings.add(topicSavings);
      topics.add(
          new TopicCost(
              t.topic().name(),
              t.team(),
              t.topic().partitions(),
              t.topic().replicationFactor(),
              t.topic().ingressBytesPerSecond(),
              cost,
              topicSavings,
              MeasuredJson.costBasis(t),
              MeasuredJson.measured(t),
              MeasuredJson.modelled(t)));
      teams.merge(
          t.team(),
          new TeamCost(t.team(), 1, cost.totalMonthlyCost(), topicSavings),
          (x, y) ->
              new TeamCost(
                  x.team(),
                  x.topics() + y.topics(),
                  x.monthlyCost().add(y.monthlyCost()),
                  x.monthlySavings().add(y.monthlySavings())));
    }
    recommendations.sort(Comparator.comparing(RecommendationJson::monthlySavings).reversed());
    Prices p = a.prices();
    PricesJson prices =
        new PricesJson(
            p.diskPerGbMonth(),
            p.objectStorage().averagePrice(0),
            p.objectRetrievalPerGb(),
            p.objectMinimumDurationDays(),
            p.crossAzPerGb(),
            p.putPer1000(),
            p.getPer1000());
    return new AnalysisResponse(
        a.cluster(),
        a.priceCatalog(),
        a.diskType(),
        a.objectStorageClass(),
        a.currency(),
        totals,
        savings,
        List.copyOf(teams.values()),
        topics,
        recommendations,
        a.assumptions(),
        prices,
        ComputeJson.of(a.compute()),
        MeasurementJson.of(a.measurement()));
  }
}
