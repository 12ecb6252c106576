package io.tierline.costanalyzer.cli;

import io.tierline.costanalyzer.errors.InvalidInputException;
import io.tierline.reports.InvalidReportException;
import io.tierline.reports.ReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code report --cluster NAME --format html|csv|parquet|json --out FILE [--config FILE]}: the cost
 * report of a configured cluster, as the service's download gives it, without a server.
 */
final class ReportCommand implements CliCommand {

  static final String CLUSTER = "cluster";
  static final String FORMAT = "format";
  static final String OUT = "out";
  static final String CONFIG = "config";
  static final String DEFAULT_CONFIG = "config/cost-analyzer.yml";

  private final Function<Path, ? extends ConfiguredService> services;

  ReportCommand(Function<Path, ? extends ConfiguredService> services) {
    this.services = services;
  }

  @Override
  public String name() {
    return "report";
  }

  @Override
  public Set<String> options() {
    return Set.of(CLUSTER, FORMAT, OUT, CONFIG);
  }

  @Override
  public String usage() {
    return "report --cluster NAME --format html|csv|parquet|json --out FILE|- [--config "
        + DEFAULT_CONFIG
        + "]";
  }

  @Override
  public String description() {
    return "the cost report of a configured cluster, as the service's download gives it";
  }

  @Override
  public void run(CliArguments args, InputStream in, PrintStream out) {
    if (!args.positional().isEmpty()) {
      throw new InvalidInputException(
          "report: takes no positional arguments, got " + args.positional());
    }
    String cluster =
        args.option(CLUSTER).orElseThrow(() -> new InvalidInputException("--cluster: is required"));
    String target =
        args.option(OUT)
            .orElseThrow(() -> new InvalidInputException("--out: is required (a file, or -)"));
    ReportFormat format;
    try {
      format = ReportFormat.parse(args.option(FORMAT).orElse(null));
    } catch (InvalidReportException e) {
      throw new InvalidInputException("--" + e.getMessage(), e);
    }
    Path config = args.path(CONFIG).orElse(Path.of(DEFAULT_CONFIG));
    try (ConfiguredService service = services.apply(config)) {
      if (target.equals("-")) {
        service.reports().write(cluster, format, out);
      } else {
        try (OutputStream file = Files.newOutputStream(Path.of(target))) {
          service.reports().write(cluster, format, file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
