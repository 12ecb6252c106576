package io.tierline.costanalyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
  void handles_ownCommandsOnly() {
    CostAnalyzerCli cli = new CostAnalyzerCli();

    assertThat(cli.handles(new String[] {"estimate", "-"})).isTrue();
    assertThat(cli.handles(new String[] {"analyze", "x"})).isTrue();
    assertThat(cli.handles(new String[] {"server", "c.yml"})).isFalse();
  }
}
