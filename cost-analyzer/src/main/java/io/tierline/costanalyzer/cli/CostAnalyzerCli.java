package io.tierline.costanalyzer.cli;

import io.tierline.costanalyzer.core.CostAnalyzerException;
import io.tierline.costanalyzer.core.InvalidInputException;
import io.tierline.costanalyzer.core.NotFoundException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the jar's own commands ({@code estimate}, {@code analyze}, {@code report}) and maps their outcome to an exit code:
 * 0 on success, 2 with a one-line message for the user's mistakes, 1 for anything else. Other commands
 * ({@code server}, {@code check}) are Dropwizard's.
 */
public final class CostAnalyzerCli {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USER_ERROR = 2;

  private final Map<String, CliCommand> commands = List.of(new EstimateCommand(), new AnalyzeCommand(),
      new ReportCommand()).stream()
      .collect(Collectors.toMap(CliCommand::name, Function.identity()));

  /** Whether the first argument names one of these commands (or asks for help). */
  public boolean handles(String[] args) {
    return args.length == 0 || commands.containsKey(args[0]) || Set.of("-h", "--help", "help").contains(args[0]);
  }

  /** Runs a command; never throws, and prints no stack trace for the user's mistakes. */
  public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Optional<CliCommand> command = args.length == 0 ? Optional.empty() : Optional.ofNullable(commands.get(args[0]));
    if (command.isEmpty()) {
      printUsage(args.length == 0 ? err : out);
      return args.length == 0 ? USER_ERROR : OK;
    }
    try {
      CliArguments parsed = CliArguments.parse(Arrays.asList(args).subList(1, args.length), command.get().options());
      command.get().run(parsed, in, out);
      out.flush();
      return OK;
    } catch (InvalidInputException | NotFoundException e) {
      err.println("error: " + e.getMessage());
      return USER_ERROR;
    } catch (CostAnalyzerException | java.io.UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return FAILED;
    }
  }

  private void printUsage(PrintStream s) {
    s.println("usage: java -jar cost-analyzer.jar COMMAND [ARGS]");
    commands.values().stream().sorted(java.util.Comparator.comparing(CliCommand::name))
        .forEach(c -> s.printf("  %-56s %s%n", c.usage(), c.description()));
    s.printf("  %-56s %s%n", "server [CONFIG.yml]", "the REST service (Dropwizard)");
  }
}
