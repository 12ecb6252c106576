package io.tierline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Runs the sandbox as a user does, {@code java -jar sandbox/target/tierline-sandbox.jar}, on free
 * ports, with traffic for 90 seconds. Once the tiered topics have offloaded segments and the late
 * group has read its share from the bucket, the cost service's measured figures must equal what the
 * bucket holds (listed here with the AWS SDK) and what the plugin counted (read here over the
 * broker's JMX). The HTML and JSON reports must show them. Then a SIGTERM, as Ctrl-C sends, must
 * stop every process the sandbox started and free every port.
 */
class SandboxIT {
  private static final Duration START = Duration.ofMinutes(3);
  private static final Duration SETTLE = Duration.ofMinutes(8);
  private static final List<String> TIERED = List.of("orders", "clickstream");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void sandbox_offloadsMeasuresWhatTheBucketAndPluginSay_andStopsClean(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("sandbox");
    Path output = dir.resolve("sandbox.out");
    Process sandbox =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("tierline.sandbox.jar"),
                "--data",
                data.toString(),
                "--free-ports",
                "--traffic-seconds",
                "90")
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    Supplier<String> console = () -> read(output);
    try {
      Path endpointsFile = data.resolve("endpoints.properties");
      await("the sandbox is ready", START, () -> Files.exists(endpointsFile), sandbox, console);
      Properties endpoints = load(endpointsFile);
      List<ProcessHandle> started = sandbox.descendants().toList();
      long brokerPid = Long.parseLong(endpoints.getProperty("kafka.pid"));
      assertThat(started)
          .as("the broker's JVM, started by the sandbox")
          .extracting(ProcessHandle::pid)
          .contains(brokerPid);
      String cluster = endpoints.getProperty("rest") + "/clusters/sandbox";

      try (S3Client s3 = s3(endpoints)) {
        await(
            "the tiered topics have segments in the bucket",
            START,
            () ->
                TIERED.stream()
                    .allMatch(t -> listing(s3, endpoints).getOrDefault(t, new long[2])[1] > 0),
            sandbox,
            console);
        await(
            "clickstream's rate is measured from its local records (at least half the 120 kB/s)",
            START,
            () ->
                topic(get(cluster + "/costs"), "clickstream")
                        .get("ingressBytesPerSecond")
                        .asDouble()
                    > 60_000,
            sandbox,
            console);
        List<String> last = new ArrayList<>();
        await(
            "measured figures equal the bucket's listing and the plugin's counters, GETs included",
            SETTLE,
            () -> {
              JsonNode costs = get(cluster + "/costs");
              Map<String, long[]> bucket = listing(s3, endpoints);
              Map<String, long[]> counters = counters(endpoints.getProperty("kafka.jmx"));
              last.clear();
              boolean equal = topic(costs, "clickstream").at("/measured/requests/get").asLong() > 0;
              for (String t : TIERED) {
                JsonNode m = topic(costs, t).get("measured");
                long[] listed = bucket.getOrDefault(t, new long[2]);
                long[] counted = counters.getOrDefault(t, new long[4]);
                long[] shown = {
                  m.at("/requests/put").asLong(),
                  m.at("/requests/get").asLong(),
                  m.at("/requests/list").asLong(),
                  m.at("/requests/delete").asLong()
                };
                last.add(
                    t
                        + ": bucket "
                        + Arrays.toString(listed)
                        + " shown ["
                        + m.get("remoteBytes")
                        + ", "
                        + m.get("remoteObjects")
                        + "]; counters "
                        + Arrays.toString(counted)
                        + " shown "
                        + Arrays.toString(shown));
                equal &=
                    m.get("remoteBytes").asLong() == listed[0]
                        && m.get("remoteObjects").asLong() == listed[1]
                        && Arrays.equals(shown, counted);
              }
              return equal;
            },
            sandbox,
            () -> String.join("; ", last) + "\n" + console.get());

        JsonNode costs = get(cluster + "/costs");
        for (String t : TIERED) {
          JsonNode row = topic(costs, t);
          assertThat(row.at("/costBasis/requests").asText()).isEqualTo("measured");
          // Beside them, the model's (whose write rate is nil by now: the traffic has stopped).
          assertThat(row.get("modelled").has("remoteBytes")).isTrue();
          assertThat(row.at("/cost/requests/monthlyCost").decimalValue())
              .isEqualByComparingTo(row.at("/measured/requestsMonthlyCost").decimalValue());
        }
        assertThat(topic(costs, "payments.ledger").at("/measured/remoteBytes").asLong()).isZero();
        assertThat(costs.at("/measurement/bucket/remoteBytes").asLong()).isPositive();

        String html = getText(cluster + "/report?format=html");
        assertThat(html)
            .contains("Remote storage: measured and modelled")
            .contains("<td class=\"name\">clickstream</td>");
        JsonNode report = JSON.readTree(getText(cluster + "/report?format=json"));
        assertThat(report.get("measured").findValuesAsText("topic"))
            .contains("orders", "clickstream");
      }

      sandbox.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the JVM runs its shutdown hook
      assertThat(sandbox.waitFor(2, TimeUnit.MINUTES)).as("the sandbox exits").isTrue();
      assertThat(console.get()).contains("Stopped.");
      assertThat(ProcessHandle.of(brokerPid).filter(ProcessHandle::isAlive))
          .as("the broker's JVM (pid %d) is gone", brokerPid)
          .isEmpty();
      for (ProcessHandle p : started) {
        assertThat(p.isAlive()).as("process %d left running", p.pid()).isFalse();
      }
      for (String port : endpoints.getProperty("ports").split(",")) {
        int p = Integer.parseInt(port);
        assertThat(refusesConnection(p)).as("port %d refuses connections", p).isTrue();
        assertThat(free(p)).as("port %d can be bound again", p).isTrue();
      }
    } finally {
      if (sandbox.isAlive()) {
        sandbox.descendants().forEach(ProcessHandle::destroyForcibly);
        sandbox.destroyForcibly().waitFor();
      }
    }
  }

  /** Per topic: bytes and objects under the sandbox's key prefix, by the documented layout. */
  private static Map<String, long[]> listing(S3Client s3, Properties endpoints) {
    Map<String, long[]> topics = new HashMap<>();
    for (S3Object o :
        s3.listObjectsV2Paginator(
                b -> b.bucket(endpoints.getProperty("s3.bucket")).prefix("cluster-1/"))
            .contents()) {
      String topicDir = o.key().split("/")[1];
      String topic = topicDir.substring(0, topicDir.length() - 23); // "-" + 22-character id
      long[] t = topics.computeIfAbsent(topic, x -> new long[2]);
      t[0] += o.size();
      t[1]++;
    }
    return topics;
  }

  /** Per topic: the plugin's PUT, GET, LIST and DELETE counters, read from the broker's JMX. */
  private static Map<String, long[]> counters(String jmx) throws Exception {
    Map<String, long[]> topics = new HashMap<>();
    List<String> types = List.of("PUT", "GET", "LIST", "DELETE");
    try (JMXConnector c =
        JMXConnectorFactory.connect(
            new JMXServiceURL("service:jmx:rmi:///jndi/rmi://" + jmx + "/jmxrmi"))) {
      MBeanServerConnection server = c.getMBeanServerConnection();
      for (String t : TIERED) {
        long[] counts = new long[4];
        for (int i = 0; i < types.size(); i++) {
          ObjectName name =
              new ObjectName(
                  "io.tierline.tiering:type=remote-storage-metrics,topic="
                      + t
                      + ",request-type="
                      + types.get(i));
          if (server.isRegistered(name)) {
            counts[i] =
                Math.round(((Number) server.getAttribute(name, "requests-total")).doubleValue());
          }
        }
        topics.put(t, counts);
      }
    }
    return topics;
  }

  private static JsonNode topic(JsonNode costs, String name) {
    for (JsonNode t : costs.get("topics")) {
      if (t.get("name").asText().equals(name)) {
        return t;
      }
    }
    throw new AssertionError("no topic " + name + " in " + costs);
  }

  private JsonNode get(String url) throws Exception {
    return JSON.readTree(getText(url));
  }

  private String getText(String url) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("GET %s: %s", url, r.body()).isEqualTo(200);
    return r.body();
  }

  private static S3Client s3(Properties endpoints) {
    return S3Client.builder()
        .endpointOverride(URI.create(endpoints.getProperty("s3.endpoint")))
        .forcePathStyle(true)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create("test-access-key", "test-secret-key")))
        .build();
  }

  private static boolean refusesConnection(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
      return false;
    } catch (IOException refused) {
      return true;
    }
  }

  private static boolean free(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException taken) {
      return false;
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    }
    return p;
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e + ")";
    }
  }

  @FunctionalInterface
  interface Condition {
    boolean holds() throws Exception;
  }

  /** Polls until {@code condition} holds; fails early if the sandbox exits. Never times a step. */
  private static void await(
      String what, Duration limit, Condition condition, Process sandbox, Supplier<String> state)
      throws Exception {
    Instant deadline = Instant.now().plus(limit);
    Exception lastError = null;
    while (true) {
      if (!sandbox.isAlive()) {
        throw new AssertionError(
            "the sandbox exited while waiting until " + what + ":\n" + state.get());
      }
      try {
        if (condition.holds()) {
          return;
        }
      } catch (Exception e) {
        lastError = e;
      }
      if (Instant.now().isAfter(deadline)) {
        AssertionError e =
            new AssertionError(
                "gave up after " + limit + " waiting until " + what + "; " + state.get());
        if (lastError != null) {
          e.addSuppressed(lastError);
        }
        throw e;
      }
      Thread.sleep(2000);
    }
  }
}
