package io.tierline.settingsdocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relative links of Markdown files that lead nowhere: to a file that does not exist, or to an
 * anchor that no heading of the target makes. Anchors follow GitHub's rule: the heading in lower
 * case, without punctuation, spaces turned into hyphens, and "-1", "-2" after repeats.
 */
final class MarkdownLinks {
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```");
  private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");

  private MarkdownLinks() {}

  /** One line per broken link: the file, the link, and what is wrong. */
  static List<String> broken(List<Path> files) {
    List<String> problems = new ArrayList<>();
    Map<Path, Set<String>> anchors = new HashMap<>();
    for (Path file : files) {
      String text = withoutCode(read(file));
      Matcher link = LINK.matcher(text);
      while (link.find()) {
        String target = link.group(1);
        if (target.matches("^[a-z]+:.*")) {
          continue; // http:, https:, mailto: are not checked offline
        }
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        Path resolved = pathPart.isEmpty() ? file : file.resolveSibling(pathPart).normalize();
        if (!Files.exists(resolved)) {
          problems.add(file + ": " + target + ": no such file");
          continue;
        }
        if (hash >= 0 && resolved.toString().endsWith(".md")) {
          String anchor = target.substring(hash + 1);
          Set<String> known = anchors.computeIfAbsent(resolved, MarkdownLinks::anchors);
          if (!known.contains(anchor)) {
            problems.add(file + ": " + target + ": no heading makes the anchor #" + anchor);
          }
        }
      }
    }
    return problems;
  }

  static Set<String> anchors(Path file) {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    String text = FENCE.matcher(read(file)).replaceAll("");
    for (String line : text.split("\n")) {
      if (!line.matches("^#{1,6} .*")) {
        continue;
      }
      String slug = slug(line.replaceFirst("^#+ ", ""));
      int repeats = seen.merge(slug, 1, Integer::sum) - 1;
      anchors.add(repeats == 0 ? slug : slug + "-" + repeats);
    }
    return anchors;
  }

  static String slug(String heading) {
    return heading
        .strip()
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N} _-]", "")
        .replace(' ', '-');
  }

  private static String withoutCode(String text) {
    return INLINE_CODE.matcher(FENCE.matcher(text).replaceAll("")).replaceAll("");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
