package io.tierline.costanalyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.settingsdocs.GeneratedSections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostAnalyzerCliTest {

  @Test
  void run_noArguments_printsUsageAndExitsTwo() {
    CliRun run = CliRun.of("");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("estimate [--catalog-dir DIR] FILE|-").contains("analyze");
  }

  @Test
  void run_help_printsUsageAndSucceeds() {
    CliRun run = CliRun.of("", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("usage:");
  }

  @Test
  void run_help_listsEveryCommandOfTheJar() {
    List<String> commands =
        CliRun.of("", "--help").out().lines().skip(1).map(l -> l.strip().split(" ")[0]).toList();

    assertThat(commands).containsExactly("analyze", "estimate", "report", "server", "check");
  }

  @Test
  void docs_showTheUsageAsTheJarPrintsIt() {
    GeneratedSections.verify(
        GeneratedSections.docsFile("cost-analyzer.md"),
        "cli-usage",
        "```text\n$ java -jar cost-analyzer/target/cost-analyzer.jar --help\n"
            + CliRun.of("", "--help").out()
            + "```\n");
  }

  @Test
  void run_unknownCommand_exitsTwoNamingItWithTheUsageOnStandardError() {
    CliRun run = CliRun.of("", "frobnicate", "x");

    assertThat(run.exitCode()).isEqualTo(CostAnalyzerCli.USER_ERROR);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("error: unknown command: frobnicate\nusage:")
        .contains("estimate [--catalog-dir DIR] FILE|-")
        .contains("server [CONFIG.yml]")
        .contains("check CONFIG.yml");
  }

  @Test
  void run_unknownOptionOrMissingValue_exitsTwoNamingIt() {
    CliRun unknown = CliRun.of("", "estimate", "--catalogue", "x", "-");
    CliRun noValue = CliRun.of("", "estimate", "-", "--catalog-dir");

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("error: --catalogue: unknown option");
    assertThat(noValue.err()).startsWith("error: --catalog-dir: needs a value");
  }

  @Test
  void run_optionOfAnotherCommand_isUnknown() {
    CliRun run = CliRun.of("", "estimate", "--catalog", "onprem", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: --catalog: unknown option (known: --catalog-dir)");
  }

  @Test
  void run_twoFiles_exitsTwo() {
    CliRun run = CliRun.of("", "estimate", "a.json", "b.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: FILE: expected exactly one, got 2");
  }

  @Test
  void handles_everythingButDropwizardsCommands() {
    CostAnalyzerCli cli =
        new CostAnalyzerCli(
            config -> {
              throw new AssertionError("no command starts the service here");
            });

    assertThat(cli.handles(new String[] {"estimate", "-"})).isTrue();
    assertThat(cli.handles(new String[] {"analyze", "x"})).isTrue();
    assertThat(cli.handles(new String[] {"frobnicate"})).isTrue();
    assertThat(cli.handles(new String[] {})).isTrue();
    assertThat(cli.handles(new String[] {"server", "c.yml"})).isFalse();
    assertThat(cli.handles(new String[] {"check", "c.yml"})).isFalse();
  }
}
