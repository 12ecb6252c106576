package io.tierline.offloader;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.offloader.s3.S3StoreSettings;
import io.tierline.offloader.segment.SegmentStoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's settings tables are generated from the code; this fails when they drift apart. */
class ReadmeSettingsTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void readme_segmentStoreTable_matchesTheCode() throws IOException {
    assertThat(section("segment-store-settings"))
        .isEqualTo(SettingDoc.markdownTable(SegmentStoreSettings.documentation()));
  }

  @Test
  void readme_s3StoreTable_matchesTheCode() throws IOException {
    assertThat(section("s3-store-settings"))
        .isEqualTo(SettingDoc.markdownTable(S3StoreSettings.documentation()));
  }

  @Test
  void markdownTable_escapesPipes() {
    assertThat(SettingDoc.markdownTable(List.of(new SettingDoc("a", "1", "x | y"))))
        .contains("x \\| y");
  }

  /** The text between {@code <!-- name:begin -->} and {@code <!-- name:end -->}, own lines. */
  private static String section(String name) throws IOException {
    String readme = Files.readString(README);
    String begin = "<!-- " + name + ":begin -->\n";
    int from = readme.indexOf(begin);
    int to = readme.indexOf("<!-- " + name + ":end -->");
    assertThat(from).as("README marker %s", begin.strip()).isNotNegative();
    assertThat(to).as("README end marker for %s", name).isGreaterThan(from);
    return readme.substring(from + begin.length(), to);
  }
}
