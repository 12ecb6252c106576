package io.tierline.offloader;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.offloader.s3.S3StoreSettings;
import io.tierline.offloader.segment.DiskCacheSettings;
import io.tierline.offloader.segment.SegmentStoreSettings;
import io.tierline.settingsdocs.GeneratedSections;
import io.tierline.settingsdocs.RecordSettings;
import io.tierline.settingsdocs.SettingsTable;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The settings tables in {@code docs/offloader.md} are generated from the code; this fails when
 * they drift.
 */
class DocsSettingsTest {
  private static final Path OFFLOADER_DOC = GeneratedSections.docsFile("offloader.md");

  static String table(Record defaults) {
    return SettingsTable.withColumns("setting", "default", "meaning")
        .rows(RecordSettings.of("", defaults))
        .markdown();
  }

  @Test
  void segmentStoreTable_matchesTheCode() {
    GeneratedSections.verify(
        OFFLOADER_DOC, "segment-store-settings", table(SegmentStoreSettings.defaults()));
  }

  @Test
  void diskCacheTable_matchesTheCode() {
    GeneratedSections.verify(
        OFFLOADER_DOC,
        "disk-cache-settings",
        table(new DiskCacheSettings(Path.of("/var/cache/tierline"), 1L << 30)));
  }

  @Test
  void s3StoreTable_matchesTheCode() {
    GeneratedSections.verify(
        OFFLOADER_DOC, "s3-store-settings", table(S3StoreSettings.of("b", "r")));
  }

  @Test
  void tables_showDefaultsOfTheCode() {
    assertThat(table(SegmentStoreSettings.defaults()))
        .contains("| `chunkSizeBytes` | `4194304` (4 MiB) |")
        .contains("| `uploadRateLimitBytesPerSecond` | none |");
    assertThat(table(S3StoreSettings.of("b", "r")))
        .contains("| `bucket` | (required) |")
        .contains("| `retryPolicy` | `4 attempts, 100 ms base, 5000 ms cap` |")
        .contains("| `apiCallTimeout` | `2 min` |");
  }
}
