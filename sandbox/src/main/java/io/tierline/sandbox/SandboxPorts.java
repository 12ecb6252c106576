package io.tierline.sandbox;

import io.tierline.localcluster.broker.BrokerProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox's ports on 127.0.0.1: fixed defaults, so that its URLs are the same every time, or
 * free ones.
 */
record SandboxPorts(int kafka, int controller, int jmx, int s3, int http, int admin) {

  static final SandboxPorts DEFAULTS = new SandboxPorts(9092, 9093, 9999, 9000, 8080, 8081);

  /** Six distinct ports, free now: all held open together, then released. */
  static SandboxPorts free() throws IOException {
    ServerSocket[] sockets = new ServerSocket[6];
    try {
      for (int i = 0; i < sockets.length; i++) {
        sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
      }
      return new SandboxPorts(
          sockets[0].getLocalPort(),
          sockets[1].getLocalPort(),
          sockets[2].getLocalPort(),
          sockets[3].getLocalPort(),
          sockets[4].getLocalPort(),
          sockets[5].getLocalPort());
    } finally {
      for (ServerSocket s : sockets) {
        if (s != null) {
          s.close();
        }
      }
    }
  }

  BrokerProcess.Ports broker() {
    return new BrokerProcess.Ports(kafka, controller, jmx);
  }

  /** Each port and what it is for. */
  Map<Integer, String> roles() {
    Map<Integer, String> roles = new LinkedHashMap<>();
    roles.put(kafka, "the Kafka listener");
    roles.put(controller, "the KRaft controller");
    roles.put(jmx, "the broker's JMX");
    roles.put(s3, "the S3 server");
    roles.put(http, "the cost service");
    roles.put(admin, "the cost service's admin port");
    return roles;
  }

  /**
   * Fails, naming the port and what it is for, when one is taken.
   *
   * @throws IllegalStateException if a port cannot be bound on 127.0.0.1
   */
  void checkFree() {
    for (Map.Entry<Integer, String> p : roles().entrySet()) {
      if (!isFree(p.getKey())) {
        throw new IllegalStateException(
            "port "
                + p.getKey()
                + " ("
                + p.getValue()
                + ") is taken on 127.0.0.1: stop what uses it (an earlier sandbox?), or run with"
                + " --free-ports");
      }
    }
  }

  static boolean isFree(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException taken) {
      return false;
    }
  }
}
