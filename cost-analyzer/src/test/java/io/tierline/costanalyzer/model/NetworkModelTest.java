package io.tierline.costanalyzer.model;

import static io.tierline.costanalyzer.model.Workloads.DAY_MS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NetworkModelTest {

  private final NetworkModel model = new NetworkModel();
  private final Assumptions threeZones = Assumptions.defaults();
  private final double monthBytes = 1_000_000 * 730 * 3600.0;

  private Workload workload(int rf, int groups) {
    Workload w = Workloads.of(1_000_000, rf, 1, Retention.ofKafka(DAY_MS, -1));
    return new Workload(
        w.ingressBytesPerSecond(),
        rf,
        1,
        w.retention(),
        w.localRetention(),
        false,
        w.segmentBytes(),
        w.segmentMs(),
        groups,
        0,
        w.currentSizeBytes());
  }

  @Test
  void cost_rf3Over3Zones_producerTwoThirdsReplicationTwoCopiesConsumersTwoThirdsEach() {
    NetworkCost c = model.cost(workload(3, 2), threeZones, Workloads.flatPrices());

    assertThat((double) c.producerBytesPerMonth()).isCloseTo(monthBytes * 2 / 3, within(1.0));
    assertThat((double) c.replicationBytesPerMonth()).isCloseTo(monthBytes * 2, within(1.0));
    assertThat((double) c.consumerBytesPerMonth()).isCloseTo(monthBytes * 2 * 2 / 3, within(1.0));
    assertThat(c.monthlyCost())
        .isCloseTo(c.crossAzBytesPerMonth() / (double) (1L << 30) * 0.02, within(1e-6));
  }

  @Test
  void crossZoneFollowers_rfAtOrBelowZones_isRfMinusOne() {
    assertThat(NetworkModel.crossZoneFollowers(1, 3)).isZero();
    assertThat(NetworkModel.crossZoneFollowers(2, 3)).isEqualTo(1.0);
    assertThat(NetworkModel.crossZoneFollowers(3, 3)).isEqualTo(2.0);
  }

  @Test
  void crossZoneFollowers_rfAboveZoneCount_countsOnlyFollowersOutsideTheLeadersZone() {
    // RF 4 over 3 zones: replicas 2+1+1; a leader in the doubled zone has 2 followers outside, else
    // 3... on
    // average over the leader's replica: (2·2 + 1·3 + 1·3)/4 = 2.5.
    assertThat(NetworkModel.crossZoneFollowers(4, 3)).isEqualTo(2.5);
    assertThat(NetworkModel.crossZoneFollowers(6, 3)).isEqualTo(4.0);
    assertThat(NetworkModel.crossZoneFollowers(3, 1)).isZero();
  }

  @Test
  void cost_zoneAwareProducers_sendNothingAcross() {
    Assumptions a = new Assumptions(1L << 30, 730, 0.5, 3, true, false, 4 << 20, 5 << 20, 1, 1, 0);

    assertThat(model.cost(workload(3, 1), a, Workloads.flatPrices()).producerBytesPerMonth())
        .isZero();
  }

  @Test
  void cost_followerFetching_removesConsumerTrafficWhenEveryZoneHasAReplica() {
    NetworkCost c =
        model.cost(workload(3, 4), threeZones.withFollowerFetching(true), Workloads.flatPrices());

    assertThat(c.consumerBytesPerMonth()).isZero();
  }

  @Test
  void cost_followerFetchingWithFewerReplicasThanZones_crossesFromZonesWithoutReplica() {
    NetworkCost c =
        model.cost(workload(2, 3), threeZones.withFollowerFetching(true), Workloads.flatPrices());

    assertThat((double) c.consumerBytesPerMonth()).isCloseTo(monthBytes * 3 / 3, within(1.0));
  }

  @Test
  void cost_singleZone_crossesNothing() {
    NetworkCost c =
        model.cost(workload(3, 2), threeZones.withAvailabilityZones(1), Workloads.flatPrices());

    assertThat(c.crossAzBytesPerMonth()).isZero();
    assertThat(c.monthlyCost()).isZero();
  }

  @Test
  void cost_zeroIngress_crossesNothing() {
    Workload w = Workloads.of(0, 3, 1, Retention.ofKafka(DAY_MS, -1));

    assertThat(model.cost(w, threeZones, Workloads.flatPrices()).crossAzBytesPerMonth()).isZero();
  }
}
