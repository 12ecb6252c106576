package io.tierline.settingsdocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedSectionsTest {
  @TempDir Path dir;

  private Path doc(String body) throws IOException {
    Path file = dir.resolve("page.md");
    Files.writeString(
        file,
        "intro\n<!-- begin generated table -->\n" + body + "<!-- end generated table -->\nafter\n");
    return file;
  }

  @AfterEach
  void clearUpdate() {
    System.clearProperty(GeneratedSections.UPDATE_PROPERTY);
  }

  @Test
  void verify_sameContent_passes() throws IOException {
    GeneratedSections.verify(doc("| a |\n"), "table", "| a |");
  }

  @Test
  void verify_differentContent_failsNamingTheSectionAndTheCommand() throws IOException {
    Path file = doc("| old |\n");
    assertThatThrownBy(() -> GeneratedSections.verify(file, "table", "| new |\n"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("'table'")
        .hasMessageContaining("-Ddocs.update=true");
    assertThat(Files.readString(file)).contains("| old |");
  }

  @Test
  void verify_withUpdate_rewritesOnlyTheSection() throws IOException {
    Path file = doc("| old |\n");
    System.setProperty(GeneratedSections.UPDATE_PROPERTY, "true");

    GeneratedSections.verify(file, "table", "| new |\n");

    assertThat(Files.readString(file))
        .isEqualTo(
            "intro\n"
                + "<!-- begin generated table -->\n"
                + "| new |\n"
                + "<!-- end generated table -->\n"
                + "after\n");
  }

  @Test
  void verify_missingSection_namesIt() throws IOException {
    Path file = doc("");
    assertThatThrownBy(() -> GeneratedSections.verify(file, "other", "x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no section 'other'");
  }
}
