package io.tierline.costanalyzer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tierline.costanalyzer.inventory.TopicSnapshot;
import io.tierline.costanalyzer.measure.BucketReading;
import io.tierline.costanalyzer.measure.ClusterMeasurement;
import io.tierline.costanalyzer.measure.PluginReading;
import io.tierline.costanalyzer.measure.RemoteObjects;
import io.tierline.costanalyzer.measure.RequestCounts;
import io.tierline.costanalyzer.measure.RequestRate;
import io.tierline.costanalyzer.measure.RequestRates;
import io.tierline.costanalyzer.model.Assumptions;
import io.tierline.costanalyzer.model.CostBreakdown;
import io.tierline.costanalyzer.model.NetworkCost;
import io.tierline.costanalyzer.model.Prices;
import io.tierline.costanalyzer.model.RequestCost;
import io.tierline.costanalyzer.model.StorageCost;
import io.tierline.costanalyzer.model.TieredRate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeasuredCostsTest {
  private static final Assumptions A = Assumptions.defaults();

  /** Disk, object storage, retrieval $0.01/GB, 30 days, cross-zone, PUT $0.005, GET $0.0004. */
  private static final Prices P =
      new Prices(0.08, TieredRate.flat(0.023), 0.01, 0, 0.02, 0.005, 0.0004);

  private static TopicAnalysis topic(String name) {
    CostBreakdown modelled =
        new CostBreakdown(
            new StorageCost(10, 20, 1000, 1.0, 2.0),
            NetworkCost.ZERO,
            new RequestCost(300, 400, 0, 0.5));
    return new TopicAnalysis(
        new TopicSnapshot(name, 1, 1, Map.of(), 1.0, 0L, null, List.of()),
        "team",
        modelled,
        List.of());
  }

  @Test
  void priced_putAndListArePutClass_getsAndRetrievalAsGets_deletesFree() {
    RequestCost c =
        MeasuredCosts.priced(
            new RequestRate(1000, 10_000, 500, 2000, A.gigabyteBytes() * 3.0), A, P);

    assertThat(c.putsPerMonth()).isEqualTo(1500);
    assertThat(c.getsPerMonth()).isEqualTo(10_000);
    assertThat(c.monthlyCost()).isCloseTo(1.5 * 0.005 + 10 * 0.0004 + 3 * 0.01, within(1e-9));
  }

  @Test
  void withMeasurement_pricesMeasuredRequests_keepsTheModelBesideThem() {
    ClusterMeasurement m =
        new ClusterMeasurement(
            Optional.of(
                new ClusterMeasurement.Bucket(
                    "s3://b",
                    Optional.of(
                        new BucketReading(
                            "s3://b",
                            Instant.EPOCH,
                            Map.of("orders", new RemoteObjects(900, 9, 3)),
                            0)),
                    Optional.empty())),
            Optional.of(
                new ClusterMeasurement.Requests(
                    List.of("b1:9999"),
                    Optional.of(
                        new PluginReading(
                            Instant.EPOCH,
                            List.of(
                                new PluginReading.Broker(
                                    "b1:9999",
                                    Instant.EPOCH,
                                    Map.of("orders", new RequestCounts(9, 0, 0, 0, 0)))))),
                    Optional.of(
                        new RequestRates.Rates(
                            Map.of("orders", new RequestRate(2000, 0, 0, 0, 0)),
                            Duration.ofMinutes(5))),
                    Optional.empty())));

    List<TopicAnalysis> out = MeasuredCosts.apply(List.of(topic("orders"), topic("idle")), m, A, P);

    TopicAnalysis orders = out.get(0);
    assertThat(orders.cost().requests().putsPerMonth()).isEqualTo(2000);
    assertThat(orders.cost().requests().monthlyCost()).isCloseTo(0.01, within(1e-9));
    assertThat(orders.cost().storage()).isEqualTo(topic("orders").cost().storage());
    TopicAnalysis.Measured measured = orders.measured().orElseThrow();
    assertThat(measured.requestsMeasured()).isTrue();
    assertThat(measured.modelled().requests().putsPerMonth()).isEqualTo(300);
    assertThat(measured.values().remote()).contains(new RemoteObjects(900, 9, 3));
    // A topic the counters never saw was measured too: nothing stored, no requests.
    TopicAnalysis idle = out.get(1);
    assertThat(idle.measured().orElseThrow().values().remote()).contains(RemoteObjects.NONE);
    assertThat(idle.cost().requests()).isEqualTo(new RequestCost(0, 0, 0, 0));
  }

  @Test
  void apply_nothingMeasured_leavesTheModelsCost() {
    List<TopicAnalysis> out =
        MeasuredCosts.apply(List.of(topic("orders")), ClusterMeasurement.NONE, A, P);

    assertThat(out.get(0)).isEqualTo(topic("orders"));
    assertThat(out.get(0).measured()).isEmpty();
  }
}
