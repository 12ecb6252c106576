package io.tierline.plugin.cluster;

import io.tierline.plugin.faults.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Failover and one fault run on three brokers of the oldest Kafka the build resolves (4.1), which
 * has no {@code RetriableRemoteStorageException}: there the plugin's transient errors are plain
 * {@code RemoteStorageException}s and the broker deletes the failed copy and tries again.
 */
class OlderKafkaClusterIT {
  @RegisterExtension static final SharedCluster CLUSTER = SharedCluster.oldest();

  @Test
  void leaderFailover_newLeaderServesAndUploads() throws Exception {
    new FailoverRun(CLUSTER.get(), "old-failover").run();
  }

  @Test
  void slowDown_loseNothingAndCopyingResumes() throws Exception {
    new FaultRun(CLUSTER.get(), "old-fault-503")
        .run("fault: 503 SlowDown bursts", Fault.slowDown());
  }
}
