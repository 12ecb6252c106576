package io.tierline.costanalyzer.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.tierline.costanalyzer.CostAnalyzerApplication;
import io.tierline.costanalyzer.CostAnalyzerConfiguration;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The caller's mistakes, on every endpoint: a 4xx with {code, message} naming what is wrong, never
 * a 5xx.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BadInputTest {

  static final DropwizardAppExtension<CostAnalyzerConfiguration> APP =
      new DropwizardAppExtension<>(
          CostAnalyzerApplication.class, ResourceHelpers.resourceFilePath("test-service.yml"));

  static final String TOKEN = "Bearer test-token-0123456789abcdef";
  Http http = new Http(APP.getLocalPort());

  static Stream<Arguments> estimateBodies() {
    return Stream.of(
        Arguments.of("{\"workload\":{", 400, "invalid JSON"),
        Arguments.of("", 400, "body"),
        Arguments.of("[]", 400, "body"),
        Arguments.of("{}", 400, "workload: is required"),
        Arguments.of(
            w("\"ingressBytesPerSecond\":\"lots\",\"replicationFactor\":3,\"retentionMs\":1"),
            400,
            "workload.ingressBytesPerSecond"),
        Arguments.of(
            w("\"ingressBytesPerSecond\":true,\"replicationFactor\":3,\"retentionMs\":1"),
            400,
            "workload.ingressBytesPerSecond"),
        Arguments.of(
            w("\"ingressBytesPerSecond\":1,\"replicationFactor\":\"3\",\"retentionMs\":1"),
            400,
            "workload.replicationFactor"),
        Arguments.of(
            w("\"ingressBytesPerSecond\":1,\"replicationFactor\":2.5,\"retentionMs\":1"),
            400,
            "workload.replicationFactor"),
        Arguments.of(
            w("\"ingressBytesPerSecond\":-1,\"replicationFactor\":3,\"retentionMs\":1"),
            400,
            "ingressBytesPerSecond"),
        Arguments.of(
            w("\"ingressBytesPerSecond\":1,\"replicationFactor\":0,\"retentionMs\":1"),
            400,
            "replicationFactor"),
        Arguments.of(
            w("\"ingressBytesPerSecond\":1,\"replicationFactor\":99999999999,\"retentionMs\":1"),
            400,
            "replicationFactor"),
        Arguments.of(
            w("\"ingressBytesPerSecond\":1e308,\"replicationFactor\":3,\"retentionMs\":604800000"),
            400,
            "workload"),
        Arguments.of(
            w("\"ingressBytesPerSecond\":1,\"replicationFactor\":3,\"retentionMs\":1e40"),
            400,
            "retentionMs"),
        Arguments.of(
            w("\"ingressBytesPerSecond\":1,\"replicationFactor\":3,\"retentionMs\":-5"),
            400,
            "retention"),
        Arguments.of(
            w("\"ingressBytesPerSecond\":1,\"replicationFactor\":3,\"retentionMs\":1,\"colour\":1"),
            400,
            "colour"),
        Arguments.of(
            "{\"workload\":{\"ingressBytesPerSecond\":1,\"replicationFactor\":3,\"retentionMs\":1},"
                + "\"assumptions\":{\"priceCatalog\":\"mars\"}}",
            400,
            "mars"));
  }

  private static String w(String fields) {
    return "{\"workload\":{" + fields + "}}";
  }

  @ParameterizedTest
  @MethodSource("estimateBodies")
  void estimate_badBodyIs4xxNamingTheField(String body, int status, String mentions) {
    assertError(http.post("/api/v1/estimate", body), status, mentions);
  }

  @Test
  void estimate_wrongContentTypeIs415() {
    HttpResponse<String> r =
        http.send(
            http.builder("/api/v1/estimate")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    assertError(r, 415, "");
  }

  @Test
  void estimate_bodyOverTheLimitIs413() {
    String big = "{\"workload\":{\"x\":\"" + "a".repeat(70_000) + "\"}}";
    assertError(http.post("/api/v1/estimate", big), 413, "maxRequestBytes");
  }

  @Test
  void estimate_chunkedBodyOverTheLimitIs413() {
    byte[] big = ("{\"workload\":{\"x\":\"" + "a".repeat(70_000) + "\"}}").getBytes();
    // A publisher of unknown length makes the client send the body chunked, without Content-Length.
    HttpRequest.BodyPublisher chunked =
        new HttpRequest.BodyPublisher() {
          final HttpRequest.BodyPublisher inner = HttpRequest.BodyPublishers.ofByteArray(big);

          @Override
          public long contentLength() {
            return -1;
          }

          @Override
          public void subscribe(Flow.Subscriber<? super ByteBuffer> s) {
            inner.subscribe(s);
          }
        };
    HttpResponse<String> r =
        http.send(
            http.builder("/api/v1/estimate")
                .header("Content-Type", "application/json")
                .POST(chunked)
                .build());
    assertError(r, 413, "maxRequestBytes");
  }

  @ParameterizedTest
  @MethodSource("unknownClusterPaths")
  void clusterEndpoints_unknownClusterIs404(String path) {
    assertError(http.get(path), 404, "nope");
  }

  static Stream<String> unknownClusterPaths() {
    return Stream.of(
        "/api/v1/clusters/nope/costs",
        "/api/v1/clusters/nope/topics/t",
        "/api/v1/clusters/nope/recommendations",
        "/api/v1/clusters/nope/report?format=csv",
        "/api/v1/clusters/nope/history");
  }

  @Test
  void topic_unknownTopicIs404() {
    assertError(http.get("/api/v1/clusters/prod-use1/topics/no.such.topic"), 404, "no.such.topic");
  }

  @Test
  void report_unknownFormatIs400() {
    assertError(http.get("/api/v1/clusters/prod-use1/report?format=pdf"), 400, "format");
  }

  @ParameterizedTest
  @MethodSource("badHistoryQueries")
  void history_badRangeOrStepIs400(String query, String mentions) {
    assertError(http.get("/api/v1/clusters/prod-use1/history?" + query), 400, mentions);
  }

  static Stream<Arguments> badHistoryQueries() {
    return Stream.of(
        Arguments.of("from=yesterday", "from"),
        Arguments.of("to=2026-13-01T00:00:00Z", "to"),
        Arguments.of("step=often", "step"),
        Arguments.of("step=PT1S", "step"),
        Arguments.of("step=-PT1H", "step"),
        Arguments.of("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from"),
        Arguments.of("from=2000-01-01T00:00:00Z&to=2026-01-01T00:00:00Z&step=PT1M", "step"));
  }

  @Test
  void apply_badDryRunValueIs400() {
    assertError(
        http.post(
            "/api/v1/clusters/prod-use1/recommendations/x/apply?dryRun=maybe",
            "",
            "Authorization",
            TOKEN),
        400,
        "dryRun");
  }

  @Test
  void apply_unknownClusterIs404() {
    assertError(
        http.post("/api/v1/clusters/nope/recommendations/x/apply", "", "Authorization", TOKEN),
        404,
        "nope");
  }

  @Test
  void unknownPathIs404_andWrongMethodIs405() {
    assertError(http.get("/api/v1/nothing-here"), 404, "");
    assertError(http.send(http.builder("/api/v1/clusters").DELETE().build()), 405, "");
  }

  static void assertError(HttpResponse<String> r, int status, String mentions) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    JsonNode body = Http.json(r);
    assertThat(body.get("code").asInt()).isEqualTo(status);
    assertThat(body.get("message").asText())
        .isNotBlank()
        .contains(mentions)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
