package io.tierline.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's command line.
 *
 * @param data the one folder everything lives in; reused when it exists
 * @param wipe delete {@code data} first
 * @param freePorts pick free ports rather than the fixed defaults
 * @param trafficFor stop producing after this long; empty: produce until stopped
 */
record SandboxOptions(
    Path data, boolean wipe, boolean freePorts, Optional<Duration> trafficFor, boolean help) {

  static final String USAGE =
      String.join(
          "\n",
          "usage: java -jar sandbox/target/tierline-sandbox.jar [--data DIR] [--wipe]"
              + " [--free-ports] [--traffic-seconds N]",
          "  --data DIR           the folder that holds everything: broker, bucket, service"
              + " (default: ./tierline-sandbox); reused when it exists",
          "  --wipe               delete that folder first and start afresh",
          "  --free-ports         use free ports instead of 9092, 9093, 9999 (Kafka, controller,"
              + " JMX), 9000 (S3), 8080 and 8081 (cost service)",
          "  --traffic-seconds N  stop producing after N seconds (consumers go on); default: until"
              + " stopped",
          "Ctrl-C stops everything.");

  static SandboxOptions parse(List<String> args) {
    Path data = Path.of("tierline-sandbox");
    boolean wipe = false;
    boolean freePorts = false;
    boolean help = false;
    Optional<Duration> traffic = Optional.empty();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--data" -> data = Path.of(value(args, ++i, a));
        case "--wipe" -> wipe = true;
        case "--free-ports" -> freePorts = true;
        case "--traffic-seconds" -> {
          String v = value(args, ++i, a);
          try {
            long seconds = Long.parseLong(v);
            if (seconds < 1) {
              throw new NumberFormatException();
            }
            traffic = Optional.of(Duration.ofSeconds(seconds));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                "--traffic-seconds: must be a whole number of seconds >= 1, was " + v);
          }
        }
        case "--help", "-h" -> help = true;
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    return new SandboxOptions(data.toAbsolutePath().normalize(), wipe, freePorts, traffic, help);
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size() || args.get(i).startsWith("--")) {
      throw new IllegalArgumentException(option + ": needs a value");
    }
    return args.get(i);
  }
}
