package io.tierline.costanalyzer.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Set;

/**
 * A command of the jar that the CLI runs itself rather than through Dropwizard, so that a user's
 * mistake ends with a one-line message and exit code 2 instead of a stack trace.
 */
interface CliCommand {

  String name();

  /** The {@code --options} the command accepts, each with a value. */
  Set<String> options();

  /** The command and its arguments, for the usage message. */
  String usage();

  /** What the command does, in a few words. */
  String description();

  /**
   * Runs the command and writes its answer to {@code out}.
   *
   * @throws io.tierline.costanalyzer.errors.InvalidInputException for the user's mistakes
   */
  void run(CliArguments args, InputStream in, PrintStream out);
}
