package io.tierline.costanalyzer.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.tierline.costanalyzer.CostAnalyzerApplication;
import io.tierline.costanalyzer.CostAnalyzerConfiguration;
import io.tierline.costanalyzer.inventory.ClusterSnapshot;
import io.tierline.costanalyzer.inventory.SnapshotLoader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint of the contract, answering from the sample snapshot, through the whole
 * application.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ServiceEndpointsTest {

  static final DropwizardAppExtension<CostAnalyzerConfiguration> APP =
      new DropwizardAppExtension<>(
          CostAnalyzerApplication.class, ResourceHelpers.resourceFilePath("test-service.yml"));

  static final String CLUSTER = "/api/v1/clusters/prod-use1";
  static ClusterSnapshot sample;
  Http http = new Http(APP.getLocalPort());

  @BeforeAll
  static void readSample() throws Exception {
    Path file = Path.of("../config/snapshots/sample-cluster.yaml");
    sample = new SnapshotLoader().read(file.toString(), Files.readAllBytes(file));
  }

  @Test
  void clusters_listsTheConfiguredClusterWithItsSource() {
    JsonNode body = Http.json(http.get("/api/v1/clusters"));
    assertThat(body.at("/clusters/0/name").asText()).isEqualTo("prod-use1");
    assertThat(body.at("/clusters/0/source").asText()).isEqualTo("snapshot");
  }

  @Test
  void costs_hasARowPerTopicAndTotalsThatAddUp() {
    HttpResponse<String> r = http.get(CLUSTER + "/costs");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = Http.json(r);
    assertThat(body.get("topics")).hasSize(sample.topics().size());
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode t : body.get("topics")) {
      sum = sum.add(t.at("/cost/totalMonthlyCost").decimalValue());
      assertThat(t.get("team").asText()).isNotBlank();
    }
    assertThat(body.at("/totals/totalMonthlyCost").decimalValue()).isEqualByComparingTo(sum);
    assertThat(body.at("/totals/storage/localBytes").asLong()).isPositive();
    assertThat(body.get("measuredAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
  }

  @Test
  void costs_carriesEtagAndCacheControl_andAnswers304WhenUnchanged() {
    HttpResponse<String> first = http.get(CLUSTER + "/costs");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60");
    HttpResponse<String> again = http.get(CLUSTER + "/costs", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(http.get(CLUSTER + "/costs", "If-None-Match", "\"other\"").statusCode())
        .isEqualTo(200);
  }

  /** A malformed tag is the caller's mistake: before, Jersey's parse error became a 500. */
  @Test
  void costs_malformedIfNoneMatch_is400WithAMessage() {
    for (String value : new String[] {"\"unterminated", "no-quotes", "W/"}) {
      HttpResponse<String> r = http.get(CLUSTER + "/costs", "If-None-Match", value);
      assertThat(r.statusCode()).as(value).isEqualTo(400);
      assertThat(Http.json(r).get("code").asInt()).isEqualTo(400);
      assertThat(Http.json(r).get("message").asText()).contains("If-None-Match");
    }
    assertThat(http.get(CLUSTER + "/costs", "If-None-Match", "*").statusCode()).isEqualTo(304);
    assertThat(http.get(CLUSTER + "/costs", "If-None-Match", "\"a\", \"b\"").statusCode())
        .isEqualTo(200);
  }

  @Test
  void topic_showsConfigurationMeasurementsCostAndRecommendations() {
    JsonNode body = Http.json(http.get(CLUSTER + "/topics/payments.transactions"));
    assertThat(body.get("partitions").asInt()).isEqualTo(48);
    assertThat(body.get("replicationFactor").asInt()).isEqualTo(3);
    assertThat(body.at("/effectiveConfig/retentionMs").asLong()).isEqualTo(1_209_600_000L);
    assertThat(body.get("team").asText()).isEqualTo("payments");
    assertThat(body.get("consumerGroups")).hasSize(3);
    assertThat(body.at("/cost/totalMonthlyCost").decimalValue()).isPositive();
    assertThat(body.get("recommendations").isArray()).isTrue();
  }

  @Test
  void recommendations_areLargestFirstWithApplyIds() {
    JsonNode list = Http.json(http.get(CLUSTER + "/recommendations")).get("recommendations");
    assertThat(list.size()).isPositive();
    BigDecimal previous = null;
    for (JsonNode r : list) {
      assertThat(r.get("id").asText())
          .isEqualTo(r.get("rule").asText() + ":" + r.get("topic").asText());
      BigDecimal s = r.get("monthlySavings").decimalValue();
      if (previous != null) {
        assertThat(s).isLessThanOrEqualTo(previous);
      }
      previous = s;
    }
  }

  @Test
  void pricing_listsTheLoadedCatalogs() {
    JsonNode body = Http.json(http.get("/api/v1/pricing"));
    assertThat(body.get("catalogs").has("aws-us-east-1")).isTrue();
    assertThat(body.at("/catalogs/aws-us-east-1/diskTypes/gp3/pricePerGbMonth").asDouble())
        .isEqualTo(0.08);
  }

  @Test
  void estimate_answersTheContractShape() {
    JsonNode body =
        Http.json(
            http.post(
                "/api/v1/estimate",
                "{\"workload\":{\"ingressBytesPerSecond\":35000000,"
                    + "\"replicationFactor\":3,\"retentionMs\":604800000}}"));
    assertThat(body.at("/storage/localBytes").asLong()).isPositive();
    assertThat(body.get("currency").asText()).isEqualTo("USD");
    assertThat(body.at("/assumptions/priceCatalog").asText()).isEqualTo("aws-us-east-1");
  }

  @Test
  void report_isADownloadWithTheFormatsTypeAndFileName() {
    for (String[] f :
        new String[][] {
          {"html", "text/html"},
          {"csv", "text/csv"},
          {"parquet", "application/vnd.apache.parquet"},
          {"json", "application/json"}
        }) {
      HttpResponse<byte[]> r = http.getBytes(CLUSTER + "/report?format=" + f[0]);
      assertThat(r.statusCode()).as(f[0]).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(f[1]);
      assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
          .isEqualTo("attachment; filename=\"tierline-cost-prod-use1." + f[0] + "\"");
      assertThat(r.body().length).isGreaterThan(100);
    }
    String csv =
        new String(http.getBytes(CLUSTER + "/report?format=csv").body(), StandardCharsets.UTF_8);
    assertThat(csv).contains("BilledCost").contains("payments.transactions");
    byte[] parquet = http.getBytes(CLUSTER + "/report?format=parquet").body();
    assertThat(new String(parquet, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
  }

  @Test
  void history_servesTheRecordingMadeAtStartUp() throws Exception {
    JsonNode points = null;
    for (int i = 0; i < 100; i++) {
      points = Http.json(http.get(CLUSTER + "/history?step=PT5M")).get("points");
      if (points.size() > 0) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(points).isNotEmpty();
    JsonNode answer = Http.json(http.get(CLUSTER + "/costs"));
    // A recording is the cluster's report: the topics' costs and the brokers' compute.
    BigDecimal costs =
        answer
            .at("/totals/totalMonthlyCost")
            .decimalValue()
            .add(answer.at("/compute/monthlyCost").decimalValue());
    JsonNode last = points.get(points.size() - 1);
    // The recording prices each row exactly; the answer rounds each topic to the cent.
    assertThat(last.get("totalMonthlyCost").decimalValue())
        .isCloseTo(
            costs,
            within(
                new BigDecimal("0.005").multiply(BigDecimal.valueOf(sample.topics().size() + 1))));
    assertThat(last.at("/topics/payments.transactions").decimalValue()).isPositive();
  }

  @Test
  void apply_onASnapshotClusterIsRefusedWith409() {
    String id =
        Http.json(http.get(CLUSTER + "/recommendations")).at("/recommendations/0/id").asText();
    HttpResponse<String> r =
        http.post(
            CLUSTER + "/recommendations/" + id + "/apply",
            "",
            "Authorization",
            "Bearer test-token-0123456789abcdef");
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(Http.json(r).get("message").asText()).contains("snapshot");
  }

  @Test
  void apply_withoutOrWithAWrongTokenIs401() {
    String path = CLUSTER + "/recommendations/x/apply";
    assertThat(http.post(path, "").statusCode()).isEqualTo(401);
    HttpResponse<String> wrong = http.post(path, "", "Authorization", "Bearer nope");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(Http.json(wrong).get("code").asInt()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain("test-token");
  }

  @Test
  void openApi_isServed() {
    HttpResponse<String> r = http.get("/api/v1/openapi.yaml");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).startsWith("openapi: 3");
  }

  @Test
  void adminPort_servesHealthChecksAndMetrics() {
    Http admin = new Http(APP.getAdminPort());
    JsonNode health = Http.json(admin.get("/healthcheck"));
    assertThat(health.at("/price-catalogs/healthy").asBoolean()).isTrue();
    assertThat(health.at("/cluster-prod-use1/healthy").asBoolean()).isTrue();
    http.get(CLUSTER + "/costs");
    JsonNode metrics = Http.json(admin.get("/metrics"));
    assertThat(metrics.get("timers").toString()).contains("ClustersResource.costs");
  }
}
