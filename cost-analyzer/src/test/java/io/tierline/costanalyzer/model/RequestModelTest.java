package io.tierline.costanalyzer.model;

import static io.tierline.costanalyzer.model.Workloads.DAY_MS;
import static io.tierline.costanalyzer.model.Workloads.GIB;
import static io.tierline.costanalyzer.model.Workloads.MIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RequestModelTest {

  private final RequestModel model = new RequestModel();
  private final Assumptions defaults = Assumptions.defaults();

  @Test
  void partBytes_defaults_isTwoWholeChunksOfFourMib() {
    assertThat(defaults.partBytes()).isEqualTo(8 * MIB);
  }

  @Test
  void putsPerSegment_oneGib_isInitiatePlus128PartsPlusCompletePlusIndexAndManifest() {
    assertThat(RequestModel.putsPerSegment(GIB, defaults)).isEqualTo(1 + 128 + 1 + 1 + 1);
  }

  @Test
  void putsPerSegment_smallerThanAPart_isOnePutPlusIndexAndManifest() {
    // The plugin uploads a log below its part size with one plain PUT, no multipart upload.
    assertThat(RequestModel.putsPerSegment(MIB, defaults)).isEqualTo(3);
    assertThat(RequestModel.putsPerSegment(8 * MIB - 1, defaults)).isEqualTo(3);
    assertThat(RequestModel.putsPerSegment(8 * MIB, defaults)).isEqualTo(1 + 1 + 1 + 2);
  }

  @Test
  void cost_historicalReadsOfSegmentsSmallerThanAChunk_oneChunkGetPerSegment() {
    Workload w =
        new Workload(
            MIB,
            1,
            1,
            Retention.ofKafka(DAY_MS, -1),
            Retention.ofKafka(60_000, -1),
            true,
            MIB,
            7 * DAY_MS,
            1,
            1.0,
            OptionalLong.empty());

    RequestCost c = model.cost(w, defaults, Workloads.flatPrices());

    // Every MiB segment is read whole: its one chunk and its indexes (the manifest is in memory),
    // and one LIST finds the next 333 (a page of 1,000 keys, three objects a segment).
    double segments = MIB * defaults.secondsPerMonth() / MIB;
    assertThat((double) c.getsPerMonth()).isCloseTo(segments * 2, within(1.0));
    assertThat((double) c.putsPerMonth()).isCloseTo(segments * 3 + segments / 333, within(1.0));
  }

  @Test
  void cost_tiered_putsFollowRolledSegments() {
    // 8 partitions at 1 MiB/s each fill a 1 GiB segment in 1024 s.
    Workload w = Workloads.tiered(8 * MIB, 8, Retention.ofKafka(7 * DAY_MS, -1), DAY_MS);

    RequestCost c = model.cost(w, defaults, Workloads.flatPrices());

    double segments = 8 * MIB * defaults.secondsPerMonth() / GIB;
    assertThat((double) c.putsPerMonth()).isCloseTo(segments * 132, within(1.0));
    assertThat(c.getsPerMonth()).isZero();
    assertThat(c.monthlyCost()).isCloseTo(c.putsPerMonth() / 1000.0 * 0.005, within(1e-3));
  }

  @Test
  void cost_historicalReads_getsAreChunksPlusIndexesTimesCacheMisses() {
    Assumptions halfCached =
        new Assumptions(GIB, 730, 0.5, 3, false, false, 4 * MIB, 5 * MIB, 1, 1, 0.5);
    Workload w =
        new Workload(
            8 * MIB,
            3,
            8,
            Retention.ofKafka(7 * DAY_MS, -1),
            Retention.ofKafka(DAY_MS, -1),
            true,
            GIB,
            7 * DAY_MS,
            2,
            0.1,
            OptionalLong.empty());
    Prices ia = new Prices(0.08, TieredRate.flat(0.0125), 0.01, 30, 0.02, 0.01, 0.001);

    RequestCost c = model.cost(w, halfCached, ia);

    double read = 8 * MIB * halfCached.secondsPerMonth() * 2 * 0.1 * 0.5;
    assertThat((double) c.retrievedBytesPerMonth()).isCloseTo(read, within(1.0));
    assertThat((double) c.getsPerMonth()).isCloseTo(read / (4 * MIB) + read / GIB, within(1.0));
    double expected =
        c.putsPerMonth() / 1000.0 * 0.01 + c.getsPerMonth() / 1000.0 * 0.001 + read / GIB * 0.01;
    assertThat(c.monthlyCost()).isCloseTo(expected, within(0.01));
  }

  @Test
  void cost_slowPartitionsRollBySegmentMs_oneSegmentPerPartitionPerSegmentMs() {
    Workload w = Workloads.tiered(1000, 10, Retention.ofKafka(30 * DAY_MS, -1), DAY_MS);

    RequestCost c = model.cost(w, defaults, Workloads.flatPrices());

    // Each partition writes 100 B/s: a segment rolls after 7 days holding 60.5 MB, 8 parts of 8
    // MiB.
    double segments = 10 * defaults.secondsPerMonth() / (7 * 86_400.0);
    assertThat((double) c.putsPerMonth()).isCloseTo(segments * (1 + 8 + 1 + 2), within(1.0));
  }

  @Test
  void cost_untieredOrIdle_makesNoRequests() {
    assertThat(model.cost(Workloads.published(), defaults, Workloads.flatPrices()))
        .isEqualTo(RequestCost.ZERO);
    Workload idle = Workloads.tiered(0, 1, Retention.ofKafka(DAY_MS, -1), -2);
    assertThat(model.cost(idle, defaults, Workloads.flatPrices())).isEqualTo(RequestCost.ZERO);
  }
}
