package io.tierline.costanalyzer.inventory.live;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.dropwizard.testing.DropwizardTestSupport;
import io.tierline.costanalyzer.CostAnalyzerApplication;
import io.tierline.costanalyzer.CostAnalyzerConfiguration;
import io.tierline.costanalyzer.resources.Http;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A live cluster whose brokers do not answer: the service keeps its logs readable and answers 503
 * naming the cluster. Before, the Admin client's reconnects logged about 3,800 lines a second.
 */
class UnreachableClusterTest {
  private static final long WATCH_MS = 5_000;
  private static final long API_TIMEOUT_MS = 4_000;

  @TempDir Path dir;

  @Test
  void unreachableCluster_logsLittle_andAnswers503() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort(); // closed again below: nothing listens there
    }
    Path config = dir.resolve("service.yml");
    Files.writeString(
        config,
        String.join(
            "\n",
            "pricingDirectory: ../config/pricing",
            "defaultPriceCatalog: aws-us-east-1",
            "clusters:",
            "  - name: gone",
            "    bootstrapServers: 127.0.0.1:" + closedPort,
            "    kafka: {default.api.timeout.ms: '"
                + API_TIMEOUT_MS
                + "', request.timeout.ms: '"
                + API_TIMEOUT_MS
                + "'}",
            "history: {enabled: false, directory: " + dir.resolve("history") + "}",
            "apply: {auditLog: " + dir.resolve("audit.log") + "}",
            "server:",
            "  applicationConnectors: [{type: http, bindHost: 127.0.0.1, port: 0}]",
            "  adminConnectors: [{type: http, bindHost: 127.0.0.1, port: 0}]",
            "  registerDefaultExceptionMappers: false",
            "logging: {level: INFO}",
            ""));
    DropwizardTestSupport<CostAnalyzerConfiguration> app =
        new DropwizardTestSupport<>(CostAnalyzerApplication.class, config.toString());
    app.before();
    List<String> lines = new CopyOnWriteArrayList<>();
    AppenderBase<ILoggingEvent> capture =
        new AppenderBase<>() {
          @Override
          protected void append(ILoggingEvent event) {
            lines.add(event.getLoggerName() + " " + event.getFormattedMessage());
          }
        };
    Logger root =
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    capture.setContext(root.getLoggerContext());
    capture.start();
    root.addAppender(capture);
    try {
      Http http = new Http(app.getLocalPort());
      // The request's own deadline: the Admin call times out at API_TIMEOUT_MS, and the answer
      // must follow it, not wait for reconnects. The margin is for a loaded machine.
      HttpResponse<String> costs =
          http.send(
              http.builder("/api/v1/clusters/gone/costs")
                  .timeout(Duration.ofMillis(API_TIMEOUT_MS + 20_000))
                  .GET()
                  .build());
      Thread.sleep(WATCH_MS); // a window to count lines in, not a wait for a condition
      int logged = lines.size();

      assertThat(costs.statusCode()).isEqualTo(503);
      assertThat(Http.json(costs).get("message").asText()).contains("cluster gone");
      assertThat(logged)
          .as("lines logged in %d ms and one request: %s", WATCH_MS, lines)
          .isLessThan(20);
    } finally {
      root.detachAppender(capture);
      app.after();
    }
  }
}
