package io.tierline.settingsdocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordSettingsTest {
  record Limits(@Setting("Most bytes.") long maxBytes) {}

  record Example(
      @Setting("Chunk size, in bytes.") int chunkSizeBytes,
      @Setting(value = "Where to write.", defaultText = "(required)") String bucket,
      @Setting("Prefix | of keys.") String keyPrefix,
      @Setting("Rate cap.") Optional<Long> rateBytes,
      @Setting("How long to wait.") Duration timeout,
      Limits limits) {}

  record Undocumented(@Setting("Fine.") int a, int b) {}

  @Test
  void of_readsDescriptionsAndDefaults_skippingNestedGroups() {
    List<DocumentedSetting> settings =
        RecordSettings.of(
            "x.",
            new Example(4 << 20, "", "", Optional.empty(), Duration.ofMinutes(2), new Limits(1)));

    assertThat(settings)
        .containsExactly(
            new DocumentedSetting("x.chunkSizeBytes", "`4194304` (4 MiB)", "Chunk size, in bytes."),
            new DocumentedSetting("x.bucket", "(required)", "Where to write."),
            new DocumentedSetting("x.keyPrefix", "`\"\"`", "Prefix | of keys."),
            new DocumentedSetting("x.rateBytes", "none", "Rate cap."),
            new DocumentedSetting("x.timeout", "`2 min`", "How long to wait."));
    assertThat(RecordSettings.of("", new Limits(3 << 10)))
        .containsExactly(new DocumentedSetting("maxBytes", "`3072` (3 KiB)", "Most bytes."));
  }

  @Test
  void of_componentWithoutDescription_namesIt() {
    assertThatThrownBy(() -> RecordSettings.of("", new Undocumented(1, 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Undocumented.b");
  }

  @Test
  void table_escapesSeparatorsAndJoinsLines() {
    String table =
        SettingsTable.withColumns("setting", "default", "meaning")
            .rows(List.of(new DocumentedSetting("a", "`1`", "one | two\n   three")))
            .markdown();

    assertThat(table)
        .isEqualTo(
            "| setting | default | meaning |\n|---|---|---|\n| `a` | `1` | one \\| two three |\n");
  }

  @Test
  void table_rowOfWrongWidth_isRefused() {
    assertThatThrownBy(() -> SettingsTable.withColumns("a", "b").row("only one"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void format_showsUnitsOnlyWhenWhole() {
    assertThat(DefaultValues.format("retentionMs", 259_200_000L)).isEqualTo("`259200000` (3 d)");
    assertThat(DefaultValues.format("retry.backoff.ms", 100L)).isEqualTo("`100`");
    assertThat(DefaultValues.format("fetch.cache.size.bytes", 134_217_728L))
        .isEqualTo("`134217728` (128 MiB)");
    assertThat(DefaultValues.format("maxBytes", 1000L)).isEqualTo("`1000`");
    assertThat(DefaultValues.format("ratio", 0.50)).isEqualTo("`0.5`");
    assertThat(DefaultValues.format("order", List.of("a", "b"))).isEqualTo("`a`, `b`");
    assertThat(DefaultValues.format("token", null)).isEqualTo("none");
  }
}
