package io.tierline.settingsdocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generated parts of the Markdown docs. Each lies between two comments,
 *
 * <pre>{@code
 * <!-- begin generated NAME -->
 * <!-- end generated NAME -->
 * }</pre>
 *
 * <p>and is checked by a test against the content the code generates now. With the system property
 * {@code docs.update=true} the test rewrites it instead: {@code mvn test -Ddocs.update=true}.
 */
public final class GeneratedSections {
  public static final String UPDATE_PROPERTY = "docs.update";

  private GeneratedSections() {}

  /** A file under the repository's {@code docs/}, as a module's tests see it from their module. */
  public static Path docsFile(String name) {
    return Path.of("..", "docs", name);
  }

  /**
   * Checks that section {@code name} of {@code file} holds exactly {@code content}, or rewrites it
   * when {@code docs.update} is {@code true}.
   *
   * @throws AssertionError if the section differs from {@code content}
   * @throws IllegalStateException if the file has no such section
   */
  public static void verify(Path file, String name, String content) {
    String text = read(file);
    String begin = "<!-- begin generated " + name + " -->\n";
    String end = "<!-- end generated " + name + " -->";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalStateException(
          file + " has no section '" + name + "': add the lines " + begin + end);
    }
    String body = content.endsWith("\n") ? content : content + "\n";
    String current = text.substring(from + begin.length(), to);
    if (current.equals(body)) {
      return;
    }
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      write(file, text.substring(0, from + begin.length()) + body + text.substring(to));
      return;
    }
    throw new AssertionError(
        file.normalize()
            + ": the generated section '"
            + name
            + "' differs from the code;"
            + " rewrite it with mvn -B -q test -D"
            + UPDATE_PROPERTY
            + "=true and review the diff.\n"
            + "expected:\n"
            + body
            + "found:\n"
            + current);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
