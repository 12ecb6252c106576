package io.tierline.costanalyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EstimateCommandTest {

  private static final String PUBLISHED =
      """
      {"workload": {"ingressBytesPerSecond": 35000000, "replicationFactor": 3, "retentionMs": 604800000},
       "assumptions": {"gigabyteBytes": 1000000000, "diskFreeFraction": 0.5}}
      """;

  private static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void estimate_publishedExample_63point5TbLocalAnd127TbProvisioned() throws Exception {
    CliRun run = CliRun.estimate(PUBLISHED);

    assertThat(run.exitCode()).isZero();
    JsonNode storage = json(run.out()).get("storage");
    assertThat(storage.get("localBytes").asDouble() / 1e12).isCloseTo(63.5, within(0.635));
    assertThat(storage.get("provisionedBytes").asDouble() / 1e12).isCloseTo(127.0, within(1.27));
  }

  @Test
  void estimate_answer_hasTheContractsFieldsAndEchoesDefaults() throws Exception {
    JsonNode answer = json(CliRun.estimate(PUBLISHED).out());

    assertThat(answer.fieldNames())
        .toIterable()
        .contains("storage", "network", "requests", "totalMonthlyCost", "currency", "assumptions");
    assertThat(answer.get("storage").fieldNames())
        .toIterable()
        .contains("localBytes", "provisionedBytes", "remoteBytes", "monthlyCost");
    assertThat(answer.get("network").has("crossAzBytesPerMonth")).isTrue();
    assertThat(answer.get("requests").fieldNames())
        .toIterable()
        .contains("putsPerMonth", "getsPerMonth", "monthlyCost");
    assertThat(answer.get("currency").asText()).isEqualTo("USD");
    JsonNode a = answer.get("assumptions");
    assertThat(a.get("priceCatalog").asText()).isEqualTo("aws-us-east-1");
    assertThat(a.get("diskType").asText()).isEqualTo("gp3");
    assertThat(a.get("hoursPerMonth").asDouble()).isEqualTo(730);
    assertThat(a.get("gigabyteBytes").asLong()).isEqualTo(1_000_000_000L);
    assertThat(a.get("availabilityZones").asInt()).isEqualTo(3);
  }

  @Test
  void estimate_moneyIsRoundedToCentsAndTotalsAddUp() throws Exception {
    JsonNode answer = json(CliRun.estimate(PUBLISHED).out());

    double parts =
        answer
            .get("storage")
            .get("monthlyCost")
            .decimalValue()
            .add(answer.get("network").get("monthlyCost").decimalValue())
            .add(answer.get("requests").get("monthlyCost").decimalValue())
            .doubleValue();
    assertThat(answer.get("totalMonthlyCost").decimalValue().doubleValue()).isEqualTo(parts);
    assertThat(answer.get("totalMonthlyCost").decimalValue().scale()).isEqualTo(2);
  }

  @Test
  void estimate_contractExample_isAnsweredWithItsOwnPrices() throws Exception {
    String request =
        new String(
            EstimateCommandTest.class
                .getResourceAsStream("/estimate/contract-example.json")
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);

    CliRun run = CliRun.estimate(request);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode a = json(run.out()).get("assumptions");
    JsonNode sent = json(request).get("assumptions");
    for (String field :
        java.util.List.of(
            "diskPricePerGbMonth",
            "objectStoragePricePerGbMonth",
            "crossAzPricePerGb",
            "putPricePer1000",
            "getPricePer1000",
            "gigabyteBytes",
            "hoursPerMonth",
            "diskFreeFraction")) {
      assertThat(a.get(field).asDouble()).as(field).isEqualTo(sent.get(field).asDouble());
    }
  }

  @Test
  void estimate_echoedAssumptionsSentBack_reproduceTheAnswer() throws Exception {
    JsonNode first = json(CliRun.estimate(PUBLISHED).out());
    ObjectMapper mapper = new ObjectMapper();
    var again = mapper.createObjectNode();
    again.set("workload", json(PUBLISHED).get("workload"));
    again.set("assumptions", first.get("assumptions"));

    JsonNode second = json(CliRun.estimate(mapper.writeValueAsString(again)).out());

    assertThat(second.get("totalMonthlyCost")).isEqualTo(first.get("totalMonthlyCost"));
    assertThat(second.get("storage")).isEqualTo(first.get("storage"));
  }

  @Test
  void estimate_explicitPrice_overridesTheCatalog() throws Exception {
    JsonNode answer =
        json(
            CliRun.estimate(
                    """
                    {"workload": {"ingressBytesPerSecond": 1000000, "replicationFactor": 3, "retentionMs": 86400000},
                     "assumptions": {"diskPricePerGbMonth": 0.045, "crossAzPricePerGb": 0}}
                    """)
                .out());

    assertThat(answer.get("assumptions").get("diskPricePerGbMonth").asDouble()).isEqualTo(0.045);
    assertThat(answer.get("network").get("monthlyCost").asDouble()).isZero();
    assertThat(answer.get("network").get("crossAzBytesPerMonth").asLong()).isPositive();
  }

  @Test
  void estimate_tieredWorkload_pricesObjectStorageAndRequests() throws Exception {
    JsonNode answer =
        json(
            CliRun.estimate(
                    """
                    {"workload": {"ingressBytesPerSecond": 35000000, "replicationFactor": 3, "retentionMs": 604800000,
                      "partitions": 60, "remoteStorageEnabled": true, "localRetentionMs": 86400000, "consumerGroups": 3,
                      "historicalReadFraction": 0.1}}
                    """)
                .out());

    assertThat(answer.get("storage").get("remoteBytes").asLong()).isEqualTo(35_000_000L * 604_800);
    assertThat(answer.get("requests").get("putsPerMonth").asLong()).isPositive();
    assertThat(answer.get("requests").get("getsPerMonth").asLong()).isPositive();
  }

  @Test
  void estimate_instanceType_sizesBrokersAndAddsThemToTheTotal() throws Exception {
    JsonNode answer =
        json(
            CliRun.estimate(
                    """
                    {"workload": {"ingressBytesPerSecond": 35000000, "replicationFactor": 3, "retentionMs": 604800000},
                     "assumptions": {"instanceType": "m7i.2xlarge"}}
                    """)
                .out());

    JsonNode compute = answer.get("compute");
    assertThat(compute.get("brokers").asInt()).isEqualTo(8);
    assertThat(compute.get("boundBy").asText()).isEqualTo("disk");
    assertThat(compute.get("monthlyCost").decimalValue()).isEqualByComparingTo("2354.69");
    assertThat(answer.get("totalMonthlyCost").decimalValue())
        .isEqualByComparingTo(
            answer
                .get("storage")
                .get("monthlyCost")
                .decimalValue()
                .add(answer.get("network").get("monthlyCost").decimalValue())
                .add(answer.get("requests").get("monthlyCost").decimalValue())
                .add(compute.get("monthlyCost").decimalValue()));
  }

  @Test
  void estimate_noInstanceType_hasNoComputeSection() throws Exception {
    assertThat(json(CliRun.estimate(PUBLISHED).out()).has("compute")).isFalse();
  }

  @Test
  void estimate_withoutCatalogDir_usesTheBundledCatalogs() throws Exception {
    CliRun run = CliRun.of(PUBLISHED, "estimate", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(json(run.out()).get("assumptions").get("diskPricePerGbMonth").asDouble())
        .isEqualTo(0.08);
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        arguments(
            "invalid JSON",
            "{\"workload\": {\"ingressBytesPerSecond\": 35000000,,",
            "invalid JSON at line 1"),
        arguments(
            "trailing garbage",
            "{\"workload\": {\"ingressBytesPerSecond\": 1, \"replicationFactor\": 3,"
                + " \"retentionMs\": 1}} x",
            "invalid JSON"),
        arguments("empty input", " ", "workload: is required"),
        arguments("missing workload", "{}", "workload: is required"),
        arguments(
            "missing field",
            "{\"workload\": {\"ingressBytesPerSecond\": 1, \"replicationFactor\": 3}}",
            "workload.retentionMs: is required"),
        arguments(
            "negative RF",
            "{\"workload\": {\"ingressBytesPerSecond\": 1, \"replicationFactor\": -3,"
                + " \"retentionMs\": 1}}",
            "workload.replicationFactor: must be a number > 0, was -3"),
        arguments(
            "negative ingress",
            "{\"workload\": {\"ingressBytesPerSecond\": -1, \"replicationFactor\": 3,"
                + " \"retentionMs\": 1}}",
            "workload.ingressBytesPerSecond: must be a number >= 0, was -1"),
        arguments(
            "bad retention",
            "{\"workload\": {\"ingressBytesPerSecond\": 1, \"replicationFactor\": 3,"
                + " \"retentionMs\": -7}}",
            "workload.retentionMs: must be >= 0 or -1 (unlimited), was -7"),
        arguments(
            "non-numeric",
            "{\"workload\": {\"ingressBytesPerSecond\": \"fast\", \"replicationFactor\": 3,"
                + " \"retentionMs\": 1}}",
            "workload.ingressBytesPerSecond: expected a number"),
        arguments(
            "fractional count",
            "{\"workload\": {\"ingressBytesPerSecond\": 1, \"replicationFactor\": 2.5,"
                + " \"retentionMs\": 1}}",
            "workload.replicationFactor: expected a number"),
        arguments(
            "unknown field",
            "{\"workload\": {\"ingressBytesPerSec\": 1, \"replicationFactor\": 3, \"retentionMs\":"
                + " 1}}",
            "workload.ingressBytesPerSec: unknown field"),
        arguments(
            "unknown catalog",
            "{\"workload\": {\"ingressBytesPerSecond\": 1, \"replicationFactor\": 3,"
                + " \"retentionMs\": 1}, \"assumptions\": {\"priceCatalog\": \"aws-mars-1\"}}",
            "assumptions.priceCatalog: unknown catalog \"aws-mars-1\""),
        arguments(
            "unknown disk",
            "{\"workload\": {\"ingressBytesPerSecond\": 1, \"replicationFactor\": 3,"
                + " \"retentionMs\": 1}, \"assumptions\": {\"diskType\": \"floppy\"}}",
            "assumptions.diskType: \"floppy\" is not in catalog aws-us-east-1"),
        arguments(
            "negative price",
            "{\"workload\": {\"ingressBytesPerSecond\": 1, \"replicationFactor\": 3,"
                + " \"retentionMs\": 1}, \"assumptions\": {\"diskPricePerGbMonth\": -1}}",
            "assumptions.diskPricePerGbMonth: must be a price >= 0, was -1.0"),
        arguments(
            "bad fraction",
            "{\"workload\": {\"ingressBytesPerSecond\": 1, \"replicationFactor\": 3,"
                + " \"retentionMs\": 1}, \"assumptions\": {\"diskFreeFraction\": 1}}",
            "assumptions.diskFreeFraction: must be between 0 and 1 (exclusive), was 1"),
        arguments(
            "unknown instance",
            "{\"workload\": {\"ingressBytesPerSecond\": 1, \"replicationFactor\": 3,"
                + " \"retentionMs\": 1}, \"assumptions\": {\"instanceType\": \"z9.huge\"}}",
            "assumptions.instanceType: \"z9.huge\" is not in catalog aws-us-east-1"),
        arguments(
            "unlimited, no size",
            "{\"workload\": {\"ingressBytesPerSecond\": 1, \"replicationFactor\": 3,"
                + " \"retentionMs\": -1}}",
            "workload.currentSizeBytes: is required when retention is unlimited"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void estimate_badInput_exitsTwoWithOneLineNamingTheField(
      String name, String input, String message) {
    CliRun run = CliRun.estimate(input);

    assertThat(run.exitCode()).as(name).isEqualTo(CostAnalyzerCli.USER_ERROR);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("error: " + message)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void estimate_missingFile_exitsTwo() {
    CliRun run = CliRun.of("", "estimate", "no-such-request.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("error: no-such-request.json: no such file" + System.lineSeparator());
  }
}
