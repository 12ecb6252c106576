package io.tierline.costanalyzer.cli;

import io.tierline.costanalyzer.errors.CostAnalyzerException;
import io.tierline.costanalyzer.errors.InvalidInputException;
import io.tierline.costanalyzer.errors.NotFoundException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The jar's command line. Runs its own commands ({@code estimate}, {@code analyze}, {@code report})
 * and maps their outcome to an exit code: 0 on success, 2 with a one-line message for the user's
 * mistakes (an unknown command among them), 1 for anything else. Dropwizard's commands ({@code
 * server}, {@code check}) are left to the application, but the usage lists them too, so that it
 * shows every command the jar takes.
 */
public final class CostAnalyzerCli {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USER_ERROR = 2;

  /** Dropwizard's commands, which the application runs; listed here for the usage. */
  private static final List<Usage> DROPWIZARD_COMMANDS =
      List.of(
          new Usage("server", "server [CONFIG.yml]", "the REST service (Dropwizard)"),
          new Usage(
              "check",
              "check CONFIG.yml",
              "validates a configuration file, without starting the service (Dropwizard)"));

  /** Dropwizard's version flag, which Dropwizard answers itself. */
  private static final Set<String> DROPWIZARD_FLAGS = Set.of("-v", "--version");

  private static final Set<String> HELP = Set.of("-h", "--help", "help");

  private final Map<String, CliCommand> commands;

  /** A command in the usage: its name, its arguments and what it does. */
  private record Usage(String name, String usage, String description) {}

  /**
   * @param services starts the service's parts from a configuration file, as the server would; only
   *     {@code report} calls it
   */
  public CostAnalyzerCli(Function<Path, ? extends ConfiguredService> services) {
    commands =
        List.of(new EstimateCommand(), new AnalyzeCommand(), new ReportCommand(services)).stream()
            .collect(Collectors.toMap(CliCommand::name, Function.identity()));
  }

  /**
   * Whether the CLI runs these arguments itself: everything but Dropwizard's commands and version
   * flag.
   */
  public boolean handles(String[] args) {
    return args.length == 0
        || !(DROPWIZARD_FLAGS.contains(args[0])
            || DROPWIZARD_COMMANDS.stream().anyMatch(c -> c.name().equals(args[0])));
  }

  /** Runs a command; never throws, and prints no stack trace for the user's mistakes. */
  public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      printUsage(err);
      return USER_ERROR;
    }
    if (HELP.contains(args[0])) {
      printUsage(out);
      return OK;
    }
    CliCommand command = commands.get(args[0]);
    if (command == null) {
      err.println("error: unknown command: " + args[0]);
      printUsage(err);
      return USER_ERROR;
    }
    try {
      CliArguments parsed =
          CliArguments.parse(Arrays.asList(args).subList(1, args.length), command.options());
      command.run(parsed, in, out);
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
    commands.values().stream()
        .sorted(java.util.Comparator.comparing(CliCommand::name))
        .forEach(c -> s.printf("  %-56s %s%n", c.usage(), c.description()));
    DROPWIZARD_COMMANDS.forEach(c -> s.printf("  %-56s %s%n", c.usage(), c.description()));
  }
}
