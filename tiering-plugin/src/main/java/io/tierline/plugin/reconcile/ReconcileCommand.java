package io.tierline.plugin.reconcile;

import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.RetryListener;
import io.tierline.offloader.StoredObject;
import io.tierline.offloader.SupportsListing;
import io.tierline.offloader.segment.SegmentObjectName;
import io.tierline.plugin.SegmentStoreFactory;
import io.tierline.plugin.config.TieringConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * {@code tierline-reconcile}: lists the plugin's objects in the bucket, reads the remote log
 * metadata that the brokers hold, and prints what no segment owns and what the metadata names but
 * the bucket lacks, as JSON. A dry run unless {@code --delete}. Exit status 0 on success, 1 on an
 * error, 2 on a usage mistake.
 */
public final class ReconcileCommand {
  static final String USAGE =
      "usage: tierline-reconcile --bootstrap-server HOST:PORT --plugin-config FILE"
          + " [--command-config FILE] [--grace-period-ms N (default 3600000)]"
          + " [--metadata-topic NAME] [--delete]";
  private static final String PLUGIN_PREFIX = "rsm.config.";
  private static final Pattern SALT = Pattern.compile("[0-9a-f]{4}");

  private ReconcileCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options = new HashMap<>();
    boolean delete = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--delete")) {
        delete = true;
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        options.put(args[i], args[++i]);
      } else {
        err.println("unexpected argument '" + args[i] + "'\n" + USAGE);
        return 2;
      }
    }
    if (!options.containsKey("--bootstrap-server") || !options.containsKey("--plugin-config")) {
      err.println(USAGE);
      return 2;
    }
    try {
      long graceMs = Long.parseLong(options.getOrDefault("--grace-period-ms", "3600000"));
      if (graceMs < 0) {
        throw new IllegalArgumentException("--grace-period-ms must be >= 0: " + graceMs);
      }
      TieringConfig config = new TieringConfig(pluginKeys(load(options.get("--plugin-config"))));
      Properties client =
          options.containsKey("--command-config")
              ? load(options.get("--command-config"))
              : new Properties();
      client.put("bootstrap.servers", options.get("--bootstrap-server"));
      String topic =
          options.getOrDefault("--metadata-topic", RemoteLogMetadataReader.DEFAULT_TOPIC);
      try (ObjectStore objects = SegmentStoreFactory.objectStore(config, RetryListener.NONE)) {
        if (!(objects instanceof SupportsListing listing)) {
          throw new IllegalStateException("The " + config.backend() + " store cannot list objects");
        }
        // The listing first: every object it shows was recorded in the metadata before it was
        // written, so the metadata read after it names every segment the listing holds.
        Instant listedAt = Instant.now();
        List<StoredObject> listed = ours(listing, config);
        SegmentStates states = RemoteLogMetadataReader.read(client, topic, Duration.ofMinutes(5));
        Reconciliation found =
            OrphanReconciler.reconcile(
                config.keyPrefix(), listed, states, listedAt, Duration.ofMillis(graceMs));
        out.print(
            ReconciliationJson.write(delete ? OrphanReconciler.delete(found, objects) : found));
      }
      return 0;
    } catch (RuntimeException | IOException e) {
      err.println("tierline-reconcile: " + e.getMessage());
      return 1;
    }
  }

  /** The objects under the plugin's key prefix (after the salt, when keys are salted). */
  private static List<StoredObject> ours(SupportsListing listing, TieringConfig config) {
    String prefix = config.keyPrefix();
    if (!config.keyPrefixSalting()) {
      return listing.listObjects(prefix.isEmpty() ? "" : prefix + "/");
    }
    return listing.listObjects("").stream()
        .filter(
            o ->
                SegmentObjectName.parse(o.key())
                    .map(n -> belongs(n.location(), prefix))
                    .orElse(true)) // not ours by layout: reported as unrecognized, never deleted
        .toList();
  }

  private static boolean belongs(String location, String prefix) {
    int slash = location.indexOf('/');
    String salt = slash < 0 ? location : location.substring(0, slash);
    String rest = slash < 0 ? "" : location.substring(slash + 1);
    return SALT.matcher(salt).matches() && rest.equals(prefix);
  }

  private static Properties load(String file) throws IOException {
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of(file))) {
      props.load(in);
    }
    return props;
  }

  /** The plugin's keys: {@code rsm.config.*} of a broker's properties, or the file as it is. */
  static Map<String, Object> pluginKeys(Properties props) {
    Map<String, Object> keys = new HashMap<>();
    boolean broker =
        props.stringPropertyNames().stream().anyMatch(k -> k.startsWith(PLUGIN_PREFIX));
    for (String name : props.stringPropertyNames()) {
      if (!broker) {
        keys.put(name, props.getProperty(name));
      } else if (name.startsWith(PLUGIN_PREFIX)) {
        keys.put(name.substring(PLUGIN_PREFIX.length()), props.getProperty(name));
      }
    }
    return keys;
  }
}
