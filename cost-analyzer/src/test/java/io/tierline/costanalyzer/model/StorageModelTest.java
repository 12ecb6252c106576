package io.tierline.costanalyzer.model;

import static io.tierline.costanalyzer.model.Workloads.DAY_MS;
import static io.tierline.costanalyzer.model.Workloads.GIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StorageModelTest {

  private final StorageModel model = new StorageModel();
  private final Assumptions decimal =
      new Assumptions(
          Assumptions.DECIMAL_GIGABYTE, 730, 0.5, 3, false, false, 4 << 20, 5 << 20, 1, 1, 0);

  @Test
  void cost_publishedExample_holds63point5TbLocallyAnd127TbProvisioned() {
    StorageCost c = model.cost(Workloads.published(), decimal, Workloads.flatPrices());

    assertThat(c.localBytes() / 1e12).isCloseTo(63.5, within(63.5 * 0.01));
    assertThat(c.provisionedBytes() / 1e12).isCloseTo(127.0, within(127.0 * 0.01));
    assertThat(c.remoteBytes()).isZero();
  }

  @Test
  void cost_untiered_isRateTimesRetentionTimesReplicasPlusOpenSegments() {
    Workload w = Workloads.of(1_000_000, 3, 10, Retention.ofKafka(DAY_MS, -1));

    StorageCost c = model.cost(w, decimal, Workloads.flatPrices());

    double closed = 1_000_000 * 86_400.0 * 3;
    double open = 10 * 3 * GIB;
    assertThat((double) c.localBytes()).isCloseTo(closed + open, within(1.0));
    assertThat(c.diskMonthlyCost()).isCloseTo(c.provisionedBytes() / 1e9 * 0.08, within(1e-6));
  }

  @Test
  void cost_retentionBytesBindsFirst_keepsRetentionBytesPerPartition() {
    // 10 partitions at 100 kB/s each: 7 days would be 60.5 GB per partition, retention.bytes caps
    // at 1 GiB.
    Workload w = Workloads.of(1_000_000, 1, 10, Retention.ofKafka(7 * DAY_MS, GIB));

    StorageCost c = model.cost(w, decimal, Workloads.flatPrices());

    assertThat(c.localBytes()).isEqualTo(10 * GIB + 10 * GIB);
  }

  @Test
  void cost_unlimitedRetention_usesCurrentSize() {
    Workload w =
        new Workload(
            1_000_000,
            3,
            4,
            Retention.unlimited(),
            Retention.unlimited(),
            false,
            GIB,
            7 * DAY_MS,
            1,
            0,
            OptionalLong.of(400 * GIB));

    StorageCost c = model.cost(w, decimal, Workloads.flatPrices());

    assertThat(c.localBytes()).isEqualTo((400 * GIB + 4 * GIB) * 3);
  }

  @Test
  void workload_unlimitedRetentionWithoutCurrentSize_isRejectedNamingTheField() {
    assertThatThrownBy(
            () ->
                new Workload(
                    1,
                    3,
                    1,
                    Retention.unlimited(),
                    Retention.unlimited(),
                    false,
                    GIB,
                    DAY_MS,
                    1,
                    0,
                    OptionalLong.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("currentSizeBytes:");
  }

  @Test
  void cost_localRetentionMinusTwo_keepsEverythingLocalAndRemote() {
    Retention retention = Retention.ofKafka(2 * DAY_MS, -1);
    Workload sameAsRetention = Workloads.tiered(1_000_000, 1, retention, -2);
    Workload untiered = Workloads.of(1_000_000, 3, 1, retention);

    StorageCost tiered = model.cost(sameAsRetention, decimal, Workloads.flatPrices());

    assertThat(tiered.localBytes())
        .isEqualTo(model.cost(untiered, decimal, Workloads.flatPrices()).localBytes());
    assertThat(tiered.remoteBytes()).isEqualTo(Math.round(1_000_000 * 2 * 86_400.0));
  }

  @Test
  void cost_tiered_keepsLocalRetentionOnDiskAndTheWholeWindowRemotely() {
    Workload w = Workloads.tiered(1_000_000, 1, Retention.ofKafka(7 * DAY_MS, -1), DAY_MS);

    StorageCost c = model.cost(w, decimal, Workloads.flatPrices());

    assertThat(c.localBytes()).isEqualTo(Math.round((86_400e6 + GIB) * 3));
    assertThat(c.remoteBytes()).isEqualTo(Math.round(7 * 86_400e6));
    assertThat(c.objectMonthlyCost()).isCloseTo(7 * 86_400e6 / 1e9 * 0.023, within(1e-6));
  }

  @Test
  void cost_zeroIngress_costsNothing() {
    Workload w = Workloads.of(0, 3, 6, Retention.ofKafka(7 * DAY_MS, GIB));

    StorageCost c = model.cost(w, decimal, Workloads.flatPrices());

    assertThat(c.localBytes()).isZero();
    assertThat(c.monthlyCost()).isZero();
  }

  @Test
  void cost_slowPartition_openSegmentIsWhatSegmentMsLetsItReach() {
    Workload w = Workloads.of(100, 1, 1, Retention.ofKafka(DAY_MS, -1));

    assertThat(StorageModel.openSegmentBytes(w)).isCloseTo(100 * 7 * 86_400.0, within(1e-6));
  }

  @Test
  void cost_retentionBelowMinimumDuration_billsTheMinimum() {
    Workload w = Workloads.tiered(1_000_000, 1, Retention.ofKafka(10 * DAY_MS, -1), DAY_MS);
    Prices ia = new Prices(0.08, TieredRate.flat(0.0125), 0.01, 30, 0.02, 0.005, 0.0004);

    StorageCost c = model.cost(w, decimal, ia);

    assertThat(c.objectMonthlyCost()).isCloseTo(c.remoteBytes() * 3.0 / 1e9 * 0.0125, within(1e-6));
  }

  @Test
  void cost_diskFreeFraction_scalesProvisionedDisk() {
    Assumptions quarterFree =
        new Assumptions(
            Assumptions.DECIMAL_GIGABYTE, 730, 0.25, 3, false, false, 4 << 20, 5 << 20, 1, 1, 0);

    StorageCost c = model.cost(Workloads.published(), quarterFree, Workloads.flatPrices());

    assertThat((double) c.provisionedBytes()).isCloseTo(c.localBytes() / 0.75, within(1.0));
  }
}
