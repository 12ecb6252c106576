package io.tierline.settingsdocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the README and of {@code docs/} leads to a file and a heading that exist.
 */
class DocsLinksTest {

  @Test
  void readmeAndDocs_haveNoBrokenRelativeLink() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(Path.of("..", "README.md"));
    try (Stream<Path> docs = Files.list(Path.of("..", "docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThan(1);

    assertThat(MarkdownLinks.broken(files)).isEmpty();
  }
}
