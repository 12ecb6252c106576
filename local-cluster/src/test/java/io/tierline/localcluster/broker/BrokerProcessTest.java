package io.tierline.localcluster.broker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrokerProcessTest {

  @Test
  void withoutRepeats_countsLinesThatDifferOnlyInTimestampAsOne() {
    String[] log = {
      "[2026-12-06 02:21:57,001] INFO Registered broker 1",
      "[2026-12-06 02:21:58,763] INFO Rebootstrapping with Cluster(id = null)",
      "[2026-12-06 02:21:58,764] INFO Rebootstrapping with Cluster(id = null)",
      "[2026-12-06 02:21:58,764] INFO Rebootstrapping with Cluster(id = null)",
      "[2026-12-06 02:21:59,100] ERROR Something else",
      "[2026-12-06 02:21:59,200] INFO Rebootstrapping with Cluster(id = null)",
      "[2026-12-06 02:21:59,201] INFO Rebootstrapping with Cluster(id = null)"
    };

    assertThat(BrokerProcess.withoutRepeats(log))
        .containsExactly(
            "[2026-12-06 02:21:57,001] INFO Registered broker 1",
            "[2026-12-06 02:21:58,763] INFO Rebootstrapping with Cluster(id = null)",
            "    (2 more like the line above)",
            "[2026-12-06 02:21:59,100] ERROR Something else",
            "[2026-12-06 02:21:59,200] INFO Rebootstrapping with Cluster(id = null)",
            "    (1 more like the line above)");
  }

  @Test
  void withoutRepeats_keepsLinesWithoutTimestamps() {
    String[] log = {"Exception in thread main", "\tat a.B.c", "\tat a.B.c"};

    assertThat(BrokerProcess.withoutRepeats(log))
        .containsExactly(
            "Exception in thread main", "\tat a.B.c", "    (1 more like the line above)");
  }
}
