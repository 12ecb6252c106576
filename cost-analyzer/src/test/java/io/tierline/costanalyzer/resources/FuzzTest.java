package io.tierline.costanalyzer.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.tierline.costanalyzer.CostAnalyzerApplication;
import io.tierline.costanalyzer.CostAnalyzerConfiguration;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 1,200 seeded bodies for {@code POST /estimate}: valid ones mutated (bytes flipped, cut,
 * duplicated, values swapped for extremes and wrong types) and random ones. None may get a 5xx;
 * every error is {code, message}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class FuzzTest {

  static final DropwizardAppExtension<CostAnalyzerConfiguration> APP =
      new DropwizardAppExtension<>(
          CostAnalyzerApplication.class, ResourceHelpers.resourceFilePath("test-service.yml"));

  static final long SEED = 20261122L;
  static final String VALID =
      "{\"workload\":{\"ingressBytesPerSecond\":35000000,\"replicationFactor\":3,"
          + "\"retentionMs\":604800000,\"retentionBytes\":-1,\"partitions\":60,\"segmentBytes\":1073741824,"
          + "\"consumerGroups\":3,\"remoteStorageEnabled\":true,\"localRetentionMs\":86400000,"
          + "\"historicalReadFraction\":0.1},\"assumptions\":{\"priceCatalog\":\"aws-us-east-1\",\"diskType\":\"gp3\","
          + "\"diskPricePerGbMonth\":0.08,\"gigabyteBytes\":1073741824,\"hoursPerMonth\":730,\"diskFreeFraction\":0.5,"
          + "\"availabilityZones\":3,\"zoneAwareProducers\":false,\"followerFetching\":false}}";
  static final String[] VALUES = {
    "0",
    "-1",
    "-2",
    "1e308",
    "-1e308",
    "9223372036854775807",
    "9223372036854775808",
    "2147483648",
    "0.5",
    "NaN",
    "null",
    "true",
    "\"x\"",
    "[]",
    "{}",
    "\"\"",
    "1e-320",
    "99999999999999999999999"
  };

  @Test
  void estimate_noBodyGetsA5xx() {
    Http http = new Http(APP.getLocalPort());
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    int ok = 0;
    int clientErrors = 0;
    for (int i = 0; i < 1_200; i++) {
      String body = i % 6 == 5 ? randomBody(random) : mutate(VALID, random);
      HttpResponse<String> r = http.post("/api/v1/estimate", body);
      if (r.statusCode() >= 500) {
        failures.add(r.statusCode() + " for " + body + " -> " + r.body());
      } else if (r.statusCode() >= 400) {
        clientErrors++;
        assertThat(Http.json(r).get("code").asInt()).isEqualTo(r.statusCode());
        assertThat(Http.json(r).get("message").asText()).isNotBlank();
      } else {
        ok++;
      }
    }
    assertThat(failures).isEmpty();
    // Both outcomes must occur, or the mutations are not exercising the model and the parser both.
    assertThat(ok).isPositive();
    assertThat(clientErrors).isPositive();
  }

  static String mutate(String s, Random r) {
    StringBuilder b = new StringBuilder(s);
    int kind = r.nextInt(5);
    switch (kind) {
      case 0 -> {
        int at = r.nextInt(b.length());
        b.setCharAt(at, (char) (32 + r.nextInt(95)));
      }
      case 1 -> b.setLength(r.nextInt(b.length()));
      case 2 -> {
        int from = r.nextInt(b.length());
        int to = Math.min(b.length(), from + r.nextInt(40));
        b.insert(from, b.substring(from, to));
      }
      default -> {
        // Replace one value (after a colon) with an extreme or a wrong type.
        List<Integer> colons = new ArrayList<>();
        for (int i = 0; i < b.length(); i++) {
          if (b.charAt(i) == ':') {
            colons.add(i);
          }
        }
        int start = colons.get(r.nextInt(colons.size())) + 1;
        int end = start;
        while (end < b.length() && b.charAt(end) != ',' && b.charAt(end) != '}') {
          end++;
        }
        b.replace(start, end, VALUES[r.nextInt(VALUES.length)]);
      }
    }
    return b.toString();
  }

  static String randomBody(Random r) {
    int n = r.nextInt(200);
    StringBuilder b = new StringBuilder();
    String alphabet = "{}[]\":,0123456789.-eE truefalsnul\\abcxyz\u00e9\u2603";
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
