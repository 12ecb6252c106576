package io.tierline.reports.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the golden files from the current output, then review
 * the change with {@code git diff} before committing it.
 */
public final class Golden {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final Path ACTUAL = Path.of("target", "golden-actual");

  private Golden() {}

  public static void assertMatches(String name, String actual) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    Path written = ACTUAL.resolve(name);
    Files.createDirectories(written.getParent());
    Files.writeString(written, actual, StandardCharsets.UTF_8);
    assertThat(golden).as("golden file %s (create it with -Dgolden.update=true)", golden).exists();
    assertThat(actual)
        .as("output differs from %s; this run's output is in %s. If the change is intended, rerun with "
            + "-Dgolden.update=true and review git diff", golden, written)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
