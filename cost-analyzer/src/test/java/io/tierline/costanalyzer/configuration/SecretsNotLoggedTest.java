package io.tierline.costanalyzer.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.DropwizardTestSupport;
import io.tierline.costanalyzer.CostAnalyzerApplication;
import io.tierline.costanalyzer.CostAnalyzerConfiguration;
import io.tierline.costanalyzer.resources.Http;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole run of the service with secrets configured (the apply token, a live cluster's SASL
 * password and key store password), logging everything at DEBUG to a file from the first line of
 * start-up: neither that log, nor the audit log, nor any answer holds a secret.
 */
class SecretsNotLoggedTest {
  private static final String TOKEN = "apply-token-Vq83kZ0pLm2Rt7Yx";
  private static final String SASL_PASSWORD = "sasl-password-Hj4nW9cQ1sAe";
  private static final String KEYSTORE_PASSWORD = "keystore-password-Pz6uK2dMbT";
  private static final List<String> SECRETS = List.of(TOKEN, SASL_PASSWORD, KEYSTORE_PASSWORD);

  @TempDir Path dir;

  @Test
  void run_withSecretsConfigured_logsNoneOfThem() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort(); // closed again: the live cluster does not answer
    }
    Path log = dir.resolve("service.log");
    Path audit = dir.resolve("audit.log");
    Path config = dir.resolve("service.yml");
    Files.writeString(
        config,
        String.join(
            "\n",
            "pricingDirectory: ../config/pricing",
            "defaultPriceCatalog: aws-us-east-1",
            "clusters:",
            "  - name: sample",
            "    snapshot: ../config/snapshots/sample-cluster.yaml",
            "  - name: secured",
            "    bootstrapServers: 127.0.0.1:" + closedPort,
            "    kafka:",
            "      security.protocol: SASL_PLAINTEXT",
            "      sasl.mechanism: PLAIN",
            "      sasl.jaas.config: \"org.apache.kafka.common.security.plain.PlainLoginModule"
                + " required username='analyzer' password='"
                + SASL_PASSWORD
                + "';\"",
            "      ssl.keystore.password: " + KEYSTORE_PASSWORD,
            "      default.api.timeout.ms: '3000'",
            "      request.timeout.ms: '3000'",
            "history: {enabled: false, directory: " + dir.resolve("history") + "}",
            "apply: {token: " + TOKEN + ", auditLog: " + audit + "}",
            "server:",
            "  applicationConnectors: [{type: http, bindHost: 127.0.0.1, port: 0}]",
            "  adminConnectors: [{type: http, bindHost: 127.0.0.1, port: 0}]",
            "  registerDefaultExceptionMappers: false",
            "  requestLog: {appenders: [{type: file, currentLogFilename: "
                + log
                + ".requests"
                + ", archive: false}]}",
            "logging:",
            "  level: DEBUG",
            "  appenders: [{type: file, currentLogFilename: " + log + ", archive: false}]",
            ""));
    DropwizardTestSupport<CostAnalyzerConfiguration> app =
        new DropwizardTestSupport<>(CostAnalyzerApplication.class, config.toString());
    List<String> answers = new ArrayList<>();
    app.before();
    try {
      Http http = new Http(app.getLocalPort());
      Http admin = new Http(app.getAdminPort());
      String auth = "Bearer " + TOKEN;
      answers.add(http.get("/api/v1/clusters").body());
      answers.add(http.get("/api/v1/clusters/sample/costs").body());
      answers.add(
          http.send(
                  http.builder("/api/v1/clusters/secured/costs")
                      .timeout(Duration.ofSeconds(60))
                      .GET()
                      .build())
              .body());
      answers.add(admin.get("/healthcheck").body());
      for (String path :
          List.of(
              "/api/v1/clusters/sample/recommendations/shorten-retention:orders/apply",
              "/api/v1/clusters/secured/recommendations/shorten-retention:orders/apply")) {
        HttpResponse<String> applied =
            http.post(path, "", "Authorization", auth, "X-Tierline-Actor", "alice");
        answers.add(applied.body());
        answers.add(http.post(path, "", "Authorization", "Bearer wrong-" + TOKEN).body());
      }
    } finally {
      app.after();
    }

    String logged = Files.readString(log);
    assertThat(logged).as("the run logged at DEBUG").contains("AdminClientConfig values");
    List<String> everything = new ArrayList<>(answers);
    everything.add(logged);
    everything.add(
        Files.exists(Path.of(log + ".requests"))
            ? Files.readString(Path.of(log + ".requests"))
            : "");
    everything.add(Files.exists(audit) ? Files.readString(audit) : "");
    for (String text : everything) {
      for (String secret : SECRETS) {
        assertThat(text).doesNotContain(secret);
      }
    }
  }
}
