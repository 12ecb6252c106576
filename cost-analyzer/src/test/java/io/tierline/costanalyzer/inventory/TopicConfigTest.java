package io.tierline.costanalyzer.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicConfigTest {

  @Test
  void of_empty_takesKafkasDefaults() {
    TopicConfig c = TopicConfig.of(Map.of());

    assertThat(c.cleanupPolicy()).isEqualTo("delete");
    assertThat(c.retentionMs()).isEqualTo(604_800_000L);
    assertThat(c.retentionBytes()).isEqualTo(-1);
    assertThat(c.localRetentionMs()).isEqualTo(-2);
    assertThat(c.segmentBytes()).isEqualTo(1L << 30);
    assertThat(c.remoteStorageEnable()).isFalse();
  }

  @Test
  void deletesOnly_isExactlyDelete() {
    assertThat(TopicConfig.of(Map.of("cleanup.policy", "delete")).deletesOnly()).isTrue();
    assertThat(TopicConfig.of(Map.of("cleanup.policy", "compact,delete")).deletesOnly()).isFalse();
    assertThat(TopicConfig.of(Map.of("cleanup.policy", "compact,delete")).deletes()).isTrue();
    assertThat(TopicConfig.of(Map.of("cleanup.policy", "compact")).deletes()).isFalse();
  }

  @Test
  void of_badValues_nameTheKey() {
    assertThatThrownBy(() -> TopicConfig.of(Map.of("retention.ms", "7d")))
        .hasMessage("configs.retention.ms: must be a whole number, was \"7d\"");
    assertThatThrownBy(() -> TopicConfig.of(Map.of("segment.bytes", "0")))
        .hasMessage("configs.segment.bytes: must be >= 1, was 0");
    assertThatThrownBy(() -> TopicConfig.of(Map.of("local.retention.ms", "-3")))
        .hasMessage("configs.local.retention.ms: must be >= -2, was -3");
    assertThatThrownBy(() -> TopicConfig.of(Map.of("remote.storage.enable", "yes")))
        .hasMessageStartingWith("configs.remote.storage.enable:");
  }
}
