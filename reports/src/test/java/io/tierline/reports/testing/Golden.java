package io.tierline.reports.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the golden files from the current output, then review the
 * change with {@code git diff} before committing it.
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
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      throw new AssertionError(
          "output differs from "
              + golden
              + " "
              + firstDifference(expected, actual)
              + "; this run's output is in "
              + written
              + ". If the change is intended, rerun with "
              + "-Dgolden.update=true and review git diff");
    }
  }

  private static String firstDifference(String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    for (int line = 0; line < Math.max(want.length, got.length); line++) {
      String wanted = line < want.length ? want[line] : "<end of file>";
      String found = line < got.length ? got[line] : "<end of file>";
      if (!wanted.equals(found)) {
        return "at line "
            + (line + 1)
            + ":\n  expected: "
            + wanted
            + "\n  actual:   "
            + found
            + "\n";
      }
    }
    return "";
  }
}
