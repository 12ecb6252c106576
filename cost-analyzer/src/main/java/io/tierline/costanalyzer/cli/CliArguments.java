package io.tierline.costanalyzer.cli;

import io.tierline.costanalyzer.errors.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: {@code --name value} options from a known set, and positional arguments.
 */
record CliArguments(Map<String, String> options, List<String> positional) {

  static CliArguments parse(List<String> args, Set<String> knownOptions) {
    Map<String, String> options = new HashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("--")) {
        String name = a.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (!knownOptions.contains(name)) {
          throw new InvalidInputException(
              a + ": unknown option (known: --" + String.join(", --", knownOptions) + ")");
        }
        if (value == null) {
          if (i + 1 >= args.size()) {
            throw new InvalidInputException("--" + name + ": needs a value");
          }
          value = args.get(++i);
        }
        options.put(name, value);
      } else {
        positional.add(a);
      }
    }
    return new CliArguments(Map.copyOf(options), List.copyOf(positional));
  }

  Optional<Path> path(String option) {
    return Optional.ofNullable(options.get(option)).map(Path::of);
  }

  Optional<String> option(String option) {
    return Optional.ofNullable(options.get(option));
  }

  /** The single positional argument, or a usage error naming it. */
  String single(String what) {
    if (positional.size() != 1) {
      throw new InvalidInputException(
          what + ": expected exactly one, got " + positional.size() + " " + positional);
    }
    return positional.get(0);
  }
}
