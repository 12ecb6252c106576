package io.tierline.plugin.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The warnings for keys that a configuration carries but does not use: unknown keys, with the
 * closest known key when one is near ({@code chunk.sise}: did you mean {@code chunk.size}?), and
 * keys that only another backend reads. They are warnings, not errors: a broker that a typo cannot
 * stop still says what it ignored, at start-up, where an operator looks.
 */
final class UnusedKeys {
  /** Keys the broker adds to every plugin's configuration. */
  private static final Set<String> ADDED_BY_BROKER = Set.of("broker.id");

  private UnusedKeys() {}

  static List<String> warnings(
      Map<String, ?> originals,
      Collection<String> known,
      StorageBackend backend,
      Map<String, Set<StorageBackend>> backendOnly) {
    List<String> warnings = new ArrayList<>();
    for (String key : new TreeSet<>(originals.keySet())) {
      if (ADDED_BY_BROKER.contains(key)) {
        continue;
      }
      if (!known.contains(key)) {
        String closest = closest(key, known);
        warnings.add(
            "Unknown plugin key "
                + TieringConfigDef.BROKER_PREFIX
                + key
                + " is ignored"
                + (closest == null
                    ? ""
                    : "; did you mean " + TieringConfigDef.BROKER_PREFIX + closest + "?"));
      } else if (backendOnly.containsKey(key) && !backendOnly.get(key).contains(backend)) {
        warnings.add(
            "Plugin key "
                + TieringConfigDef.BROKER_PREFIX
                + key
                + " is ignored: only the "
                + names(backendOnly.get(key))
                + " backend reads it, and "
                + TieringConfigDef.BROKER_PREFIX
                + TieringConfigDef.BACKEND_CONFIG
                + " is "
                + backend.name().toLowerCase(Locale.ROOT));
      }
    }
    return warnings;
  }

  /**
   * The known key nearest to {@code key} by edit distance, if it is near enough to be a slip: at
   * most a third of the key's length, and at least two edits allowed.
   */
  static String closest(String key, Collection<String> known) {
    String best = null;
    int bestDistance = Math.max(2, key.length() / 3) + 1;
    for (String candidate : known) {
      int d = distance(key.toLowerCase(Locale.ROOT), candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String names(Set<StorageBackend> backends) {
    List<String> names = new ArrayList<>();
    for (StorageBackend b : StorageBackend.values()) {
      if (backends.contains(b)) {
        names.add(b.name().toLowerCase(Locale.ROOT));
      }
    }
    return String.join(" and ", names);
  }
}
