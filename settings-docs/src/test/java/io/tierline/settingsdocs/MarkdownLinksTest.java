package io.tierline.settingsdocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownLinksTest {
  @TempDir Path dir;

  @Test
  void slug_followsGitHub() {
    assertThat(MarkdownLinks.slug("`estimate FILE|-`")).isEqualTo("estimate-file-");
    assertThat(MarkdownLinks.slug("REST API (`/api/v1`)")).isEqualTo("rest-api-apiv1");
    assertThat(MarkdownLinks.slug("Analyze a 10,000-topic cluster"))
        .isEqualTo("analyze-a-10000-topic-cluster");
  }

  @Test
  void broken_findsMissingFilesAndAnchors_andSkipsCodeAndUrls() throws IOException {
    Files.writeString(
        dir.resolve("other.md"), "# Title\n## Part\n## Part\n```\n# not a heading\n```\n");
    Path main = dir.resolve("main.md");
    Files.writeString(
        main,
        String.join(
            "\n",
            "[ok](other.md) [ok](other.md#part) [ok](other.md#part-1) [ok](#here)"
                + " [web](https://example.com/x)",
            "[no file](missing.md) [no anchor](other.md#nowhere) [no local anchor](#gone)",
            "`[in code](missing-in-code.md)`",
            "```",
            "[in a fence](missing-in-fence.md)",
            "```",
            "## Here"));

    List<String> broken = MarkdownLinks.broken(List.of(main));

    assertThat(broken).hasSize(3);
    assertThat(broken).anySatisfy(p -> assertThat(p).contains("missing.md: no such file"));
    assertThat(broken).anySatisfy(p -> assertThat(p).contains("other.md#nowhere"));
    assertThat(broken).anySatisfy(p -> assertThat(p).contains("#gone"));
  }
}
