package io.tierline.costanalyzer.cli;

import io.tierline.costanalyzer.Services;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One in-process run of the CLI, wired as the jar's {@code main} wires it: exit code and what it
 * printed.
 */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CostAnalyzerCli cli = new CostAnalyzerCli(Services::fromFile);
    int code =
        cli.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static CliRun estimate(String json) {
    return of(json, "estimate", "--catalog-dir", "../config/pricing", "-");
  }
}
