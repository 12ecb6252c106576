package io.tierline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class SandboxPortsTest {

  @Test
  void free_givesSixDistinctPorts() throws Exception {
    for (int i = 0; i < 50; i++) {
      assertThat(SandboxPorts.free().roles()).hasSize(6);
    }
  }

  @Test
  void checkFree_aTakenPort_namesItAndWhatItIsFor() throws Exception {
    SandboxPorts free = SandboxPorts.free();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      SandboxPorts ports =
          new SandboxPorts(
              free.kafka(),
              free.controller(),
              free.jmx(),
              taken.getLocalPort(),
              free.http(),
              free.admin());

      assertThatThrownBy(ports::checkFree)
          .hasMessageContaining("port " + taken.getLocalPort() + " (the S3 server) is taken")
          .hasMessageContaining("--free-ports");
    }
  }
}
