package io.tierline.plugin.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.plugin.faults.Fault;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fault runs on three brokers of the newest Kafka: each fault of the object store, and a broker
 * killed in the middle of an upload, with a producer and a consumer running throughout. See {@link
 * FaultRun} for what must hold.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class ClusterFaultsIT {
  @RegisterExtension static final SharedCluster CLUSTER = SharedCluster.newest();

  @Test
  void internalErrors_loseNothingAndCopyingResumes() throws Exception {
    new FaultRun(CLUSTER.get(), "fault-500").run("fault: 500 bursts", Fault.internalError());
  }

  @Test
  void slowDown_loseNothingAndCopyingResumes() throws Exception {
    new FaultRun(CLUSTER.get(), "fault-503").run("fault: 503 SlowDown bursts", Fault.slowDown());
  }

  @Test
  void resetsMidBody_loseNothingAndCopyingResumes() throws Exception {
    new FaultRun(CLUSTER.get(), "fault-reset")
        .run("fault: connection resets mid-body", Fault.resetMidBody());
  }

  @Test
  void addedLatency_losesNothingAndCopyingResumes() throws Exception {
    new FaultRun(CLUSTER.get(), "fault-latency")
        .run("fault: added latency", Fault.latency(Duration.ofSeconds(3)));
  }

  @Test
  void blackHole_losesNothingAndCopyingResumes() throws Exception {
    new FaultRun(CLUSTER.get(), "fault-black-hole").run("fault: black hole", Fault.blackHole());
  }

  @Test
  void serverDown_losesNothingAndCopyingResumes() throws Exception {
    new FaultRun(CLUSTER.get(), "fault-down").run("fault: S3 server down", Fault.down());
  }

  /**
   * Uploads are slowed down (2 s a request) so that one is surely under way; the broker doing it is
   * killed with SIGKILL; the new leader uploads the segment again under a new id.
   */
  @Test
  void killMidUpload_losesNothingAndTheNewLeaderUploads() throws Exception {
    TieredCluster cluster = CLUSTER.get();
    FaultRun run = new FaultRun(cluster, "fault-kill");
    AtomicInteger killed = new AtomicInteger(-1);
    run.run(
        "fault: kill -9 of a broker mid-upload",
        "kill -9 of the uploading broker (uploads +2 s a request)",
        () -> {
          cluster.proxy().inject(Fault.latency(Duration.ofSeconds(2)));
          cluster.await(
              "a broker is uploading a segment",
              () -> run.brokerMidUpload().isPresent(),
              () -> cluster.describeTiering("fault-kill", FaultRun.PARTITIONS));
          Optional<Integer> uploading = run.brokerMidUpload();
          assertThat(uploading).isPresent();
          killed.set(uploading.get());
          cluster.brokers().kill(uploading.get());
        },
        () -> cluster.proxy().heal());
    assertThat(killed.get()).isNotNegative();
  }
}
