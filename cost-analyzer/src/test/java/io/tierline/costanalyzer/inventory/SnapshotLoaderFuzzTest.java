package io.tierline.costanalyzer.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.tierline.costanalyzer.errors.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 2,000 seeded snapshot files: the sample, in YAML and as JSON, with lines dropped, doubled, cut or
 * given awkward values, bytes changed, and random bytes. Each either reads into a snapshot whose
 * topics all get a team, or fails with {@link InvalidInputException} naming the file; each within a
 * deadline.
 */
class SnapshotLoaderFuzzTest {
  private static final long SEED = 20261205L;
  private static final Duration DEADLINE = Duration.ofSeconds(10);
  private static final String[] VALUES = {
    "0",
    "-1",
    "1e309",
    "-1e309",
    ".nan",
    "9223372036854775808",
    "99999999999999999999999",
    "null",
    "~",
    "true",
    "\"\"",
    "[]",
    "{}",
    "&a [*a]",
    "!!binary AAAA",
    "!!java.io.File /etc",
    "'(['",
    "x".repeat(10_000),
  };

  @Test
  void anySnapshot_readsOrFailsWithInvalidInput() throws Exception {
    String yaml = Files.readString(SnapshotLoaderTest.SAMPLE);
    SnapshotLoader loader = new SnapshotLoader();
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    int read = 0;
    for (int i = 0; i < 2_000; i++) {
      byte[] content =
          switch (i % 5) {
            case 0 -> randomBytes(random);
            case 1 -> mutateBytes(random, yaml.getBytes(StandardCharsets.UTF_8));
            default -> mutateLines(random, yaml).getBytes(StandardCharsets.UTF_8);
          };
      try {
        read += assertTimeoutPreemptively(DEADLINE, () -> readAndAssign(loader, content)) ? 1 : 0;
      } catch (Throwable t) {
        String text = new String(content, StandardCharsets.UTF_8);
        failures.add(t + " for case " + i + ": " + text.substring(0, Math.min(200, text.length())));
      }
    }
    assertThat(failures).isEmpty();
    assertThat(read).as("snapshots that read").isPositive().isLessThan(2_000);
  }

  private static boolean readAndAssign(SnapshotLoader loader, byte[] content) {
    ClusterSnapshot snapshot;
    try {
      snapshot = loader.read("fuzz.yaml", content);
    } catch (InvalidInputException documented) {
      assertThat(documented.getMessage()).contains("fuzz.yaml");
      return false;
    }
    TeamRules teams = new TeamRules(snapshot.teams());
    for (TopicSnapshot topic : snapshot.topics()) {
      assertThat(teams.teamOf(topic.name())).isNotBlank();
      TopicConfig.of(topic.configs());
    }
    snapshot.rackCount();
    return true;
  }

  private static String mutateLines(Random random, String yaml) {
    List<String> lines = new ArrayList<>(Arrays.asList(yaml.split("\n", -1)));
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      int at = random.nextInt(lines.size());
      String line = lines.get(at);
      switch (random.nextInt(4)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, line);
        case 2 -> lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
        default -> {
          int colon = line.lastIndexOf(": ");
          if (colon > 0) {
            lines.set(at, line.substring(0, colon + 2) + VALUES[random.nextInt(VALUES.length)]);
          }
        }
      }
    }
    return String.join("\n", lines);
  }

  private static byte[] mutateBytes(Random random, byte[] bytes) {
    byte[] copy = bytes.clone();
    for (int n = 1 + random.nextInt(8); n > 0; n--) {
      copy[random.nextInt(copy.length)] = (byte) random.nextInt();
    }
    return copy;
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(2000)];
    random.nextBytes(bytes);
    if (random.nextBoolean() && bytes.length > 0) {
      bytes[0] = '{';
    }
    return bytes;
  }
}
