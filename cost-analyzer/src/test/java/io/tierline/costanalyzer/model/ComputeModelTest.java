package io.tierline.costanalyzer.model;

import static io.tierline.costanalyzer.model.Workloads.DAY_MS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ComputeModelTest {

  private final ComputeModel model = new ComputeModel();
  private final BrokerType m7i = new BrokerType("m7i.2xlarge", 0.4032, 12.5);
  private final Assumptions a = Assumptions.defaults();

  private static StorageCost provisioned(long bytes) {
    return new StorageCost(bytes / 2, bytes, 0, 0, 0);
  }

  @Test
  void cost_smallWorkload_isBoundByTheReplicationFactor() {
    ComputeCost c =
        model.cost(
            Workloads.of(1_000_000, 3, 6, Retention.ofKafka(DAY_MS, -1)),
            provisioned(1L << 40),
            a,
            BrokerSizing.defaults(),
            m7i);

    assertThat(c.brokers()).isEqualTo(3);
    assertThat(c.boundBy()).isEqualTo("replicationFactor");
    assertThat(c.monthlyCost()).isCloseTo(3 * 0.4032 * 730, within(1e-9));
  }

  @Test
  void cost_largeDisk_isBoundByDisk() {
    ComputeCost c =
        model.cost(
            Workloads.published(),
            provisioned(127_000_000_000_000L),
            a,
            BrokerSizing.defaults(),
            m7i);

    assertThat(c.brokers()).isEqualTo(8); // 127 TB ÷ 16 TiB = 7.2
    assertThat(c.boundBy()).isEqualTo("disk");
  }

  @Test
  void cost_heavyFanOut_isBoundByTheBusierNetworkDirection() {
    // 600 MB/s with RF 3 and 5 groups: out = 600 × (2 + 5) = 4,200 MB/s over 781 MB/s usable per
    // broker.
    Workload w =
        new Workload(
            600_000_000,
            3,
            12,
            Retention.ofKafka(DAY_MS, -1),
            Retention.ofKafka(DAY_MS, -1),
            false,
            1L << 30,
            7 * DAY_MS,
            5,
            0,
            OptionalLong.empty());

    ComputeCost c = model.cost(w, provisioned(1L << 40), a, BrokerSizing.defaults(), m7i);

    assertThat(c.boundBy()).isEqualTo("network");
    assertThat(c.brokers()).isEqualTo((int) Math.ceil(4_200e6 / (12.5e9 / 8 * 0.5)));
  }

  @Test
  void cost_manyPartitions_isBoundByReplicasPerBroker() {
    ComputeCost c =
        model.cost(
            Workloads.of(1000, 3, 20_000, Retention.ofKafka(DAY_MS, -1)),
            provisioned(1L << 30),
            a,
            BrokerSizing.defaults(),
            m7i);

    assertThat(c.boundBy()).isEqualTo("partitions");
    assertThat(c.brokers()).isEqualTo(15);
  }
}
