package io.tierline.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.offloader.StorageClass;
import java.util.EnumSet;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StorageClassRulesTest {
  private static final String KEY = TieringConfigDef.STORAGE_CLASS_RULES_CONFIG;

  private static StorageClassRules rules(String value) {
    return StorageClassRules.parse(KEY, value, StorageClass.STANDARD);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "logs.app, STANDARD_IA",
    "logs.audit, STANDARD_IA", // the first matching rule wins over the audit rule
    "audit.trail, GLACIER_IR",
    "audit.x, STANDARD", // {2,10}: too short for the audit rule
    "metrics-cpu, INTELLIGENT_TIERING",
    "applogs.x, STANDARD", // a rule matches the whole name, not a part of it
    "orders, STANDARD"
  })
  void forTopic_firstWholeMatchWins_elseTheDefault(String topic, StorageClass expected) {
    StorageClassRules rules =
        rules(
            " logs\\..* = standard_ia ,"
                + "(logs|audit)\\.[a-z]{2,10}=GLACIER_IR,metrics-.*=INTELLIGENT_TIERING ");
    assertThat(rules.forTopic(topic)).isEqualTo(expected);
  }

  @Test
  void parse_emptyOrUnset_givesTheDefaultToEveryTopic() {
    for (String value : new String[] {"", "  ", null}) {
      StorageClassRules rules = StorageClassRules.parse(KEY, value, StorageClass.GLACIER_IR);
      assertThat(rules.forTopic("anything")).isEqualTo(StorageClass.GLACIER_IR);
      assertThat(rules.classes()).containsExactly(StorageClass.GLACIER_IR);
    }
  }

  @Test
  void classes_areTheRulesAndTheDefault() {
    assertThat(rules("a=STANDARD_IA,b=GLACIER_IR").classes())
        .isEqualTo(
            EnumSet.of(StorageClass.STANDARD, StorageClass.STANDARD_IA, StorageClass.GLACIER_IR));
  }

  @Test
  void parse_regexWithEqualsSign_keepsIt() {
    assertThat(rules("a(?=b).*=STANDARD_IA").forTopic("ab")).isEqualTo(StorageClass.STANDARD_IA);
  }

  @Test
  void parse_invalidRegex_namesTheKeyTheRuleAndTheProblem() {
    assertThatThrownBy(() -> rules("logs\\..*=STANDARD_IA,audit[=GLACIER_IR"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(KEY)
        .hasMessageContaining("rule 2 ('audit[=GLACIER_IR')")
        .hasMessageContaining("not a valid regular expression")
        .hasMessageContaining("Unclosed character class");
  }

  @Test
  void parse_unknownClass_namesTheRuleAndTheClassesOffered() {
    assertThatThrownBy(() -> rules("logs\\..*=COLD"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(KEY)
        .hasMessageContaining("rule 1")
        .hasMessageContaining("'COLD' is not offered")
        .hasMessageContaining("[STANDARD, STANDARD_IA, INTELLIGENT_TIERING, GLACIER_IR]");
  }

  @Test
  void parse_archiveClass_saysWhyABrokerCannotUseIt() {
    assertThatThrownBy(() -> rules("logs\\..*=GLACIER"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("must be restored before a GET");
    assertThatThrownBy(() -> rules("logs\\..*=DEEP_ARCHIVE"))
        .hasMessageContaining("must be restored before a GET");
  }

  @Test
  void parse_ruleWithoutAClass_isRefused() {
    assertThatThrownBy(() -> rules("logs\\..*"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rule 1 ('logs\\..*') is not 'regex=CLASS'");
    assertThatThrownBy(() -> rules("a=STANDARD_IA,=GLACIER_IR"))
        .hasMessageContaining("rule 2 ('=GLACIER_IR') is not 'regex=CLASS'");
  }

  /** A rule whose class was forgotten would otherwise fold into the next rule's regex. */
  @Test
  void parse_commaOutsideBounds_asksWhetherAClassIsMissing() {
    assertThatThrownBy(() -> rules("logs\\..*,audit\\..*=GLACIER_IR"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rule 1 ('logs\\..*,audit\\..*=GLACIER_IR')")
        .hasMessageContaining("is '=CLASS' missing");
  }

  @Test
  void config_badDefaultClass_namesTheKey() {
    assertThatThrownBy(
            () ->
                new TieringConfig(
                    Map.of(
                        "storage.backend",
                        "s3",
                        "storage.bucket",
                        "b",
                        TieringConfigDef.STORAGE_CLASS_DEFAULT_CONFIG,
                        "glacier")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(TieringConfigDef.STORAGE_CLASS_DEFAULT_CONFIG)
        .hasMessageContaining("must be restored");
  }

  @Test
  void config_rulesAndDefault_giveEachTopicItsClass_andFilesystemWarns() {
    TieringConfig s3 =
        new TieringConfig(
            Map.of(
                "storage.backend",
                "s3",
                "storage.bucket",
                "b",
                KEY,
                "logs\\..*=STANDARD_IA",
                TieringConfigDef.STORAGE_CLASS_DEFAULT_CONFIG,
                "intelligent_tiering"));
    assertThat(s3.storageClasses().forTopic("logs.a")).isEqualTo(StorageClass.STANDARD_IA);
    assertThat(s3.storageClasses().forTopic("orders")).isEqualTo(StorageClass.INTELLIGENT_TIERING);
    assertThat(s3.warnings()).isEmpty();

    TieringConfig filesystem =
        new TieringConfig(
            Map.of(
                "storage.backend",
                "filesystem",
                "storage.filesystem.root",
                "/tmp/x",
                KEY,
                "logs\\..*=STANDARD_IA"));
    assertThat(filesystem.warnings())
        .singleElement()
        .asString()
        .contains("no storage classes")
        .contains(KEY);
    assertThat(
            new TieringConfig(
                    Map.of("storage.backend", "filesystem", "storage.filesystem.root", "/tmp/x"))
                .warnings())
        .isEmpty();
  }
}
