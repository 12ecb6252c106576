package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.plugin.broker.ExampleConfig;
import io.tierline.plugin.broker.TestBrokers;
import io.tierline.plugin.reconcile.ReconcileLauncher;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The install steps work as written: the archive unpacks to the one directory that the example
 * broker files name in {@code remote.log.storage.manager.class.path}, and holds the same files as
 * the plugin directory: the jars, none of them the broker's own, and the reconciler's launcher in
 * {@code bin/}, executable, which runs with a Kafka installation's jars.
 */
class PluginArchiveIT {
  private static final int BLOCK = 512;
  private static final String LAUNCHER = "bin/tierline-reconcile";

  /** One file of the archive and its permission bits. */
  private record Entry(String name, int mode) {}

  @Test
  void archive_unpacksToTheDirectoryTheExampleFilesName() throws IOException {
    List<Entry> entries = tarEntries(TestBrokers.pluginArchive());
    List<String> files = entries.stream().map(Entry::name).filter(e -> !e.endsWith("/")).toList();

    assertThat(files).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("plugin/"));
    Path pluginDir = TestBrokers.pluginDir();
    try (Stream<Path> dir = Files.walk(pluginDir)) {
      assertThat(files.stream().map(e -> e.substring("plugin/".length())))
          .containsExactlyInAnyOrderElementsOf(
              dir.filter(Files::isRegularFile)
                  .map(p -> pluginDir.relativize(p).toString().replace('\\', '/'))
                  .toList());
    }
    assertThat(files)
        .anySatisfy(e -> assertThat(e).matches("plugin/tiering-plugin-.*\\.jar"))
        .noneSatisfy(e -> assertThat(e).matches("plugin/(kafka|slf4j).*"));
    assertThat(entries)
        .filteredOn(e -> e.name().equals("plugin/" + LAUNCHER))
        .singleElement()
        .satisfies(e -> assertThat(e.mode() & 0755).as("mode of %s", e.name()).isEqualTo(0755));
    assertThat(Files.isExecutable(pluginDir.resolve(LAUNCHER))).isTrue();

    for (String example :
        List.of("broker-tiering-s3.properties", "broker-tiering-filesystem.properties")) {
      Properties props = new Properties();
      try (Reader in = Files.newBufferedReader(TestBrokers.configDir().resolve(example))) {
        props.load(in);
      }
      assertThat(props.getProperty(ExampleConfig.CLASS_PATH)).as(example).endsWith("/plugin/*");
    }
  }

  /**
   * The launcher runs the reconciler with the plugin's jars and the broker's: without arguments it
   * prints the reconciler's usage and exits 2; without a Kafka installation it says so and exits 2.
   */
  @Test
  void launcher_printsUsageAndExits2WithoutArguments(@TempDir Path work) throws Exception {
    List<String> versions = TestBrokers.versions();
    ReconcileLauncher launcher =
        ReconcileLauncher.of(
            TestBrokers.pluginDir(),
            TestBrokers.of(versions.get(versions.size() - 1)).jars(),
            work);

    ReconcileLauncher.Result usage = launcher.run();
    assertThat(usage.exitStatus()).as("%s", usage).isEqualTo(2);
    assertThat(usage.err()).startsWith("usage: tierline-reconcile --bootstrap-server");
    assertThat(usage.out()).isEmpty();

    ReconcileLauncher.Result noKafka = launcher.run(false, "--bootstrap-server", "localhost:9092");
    assertThat(noKafka.exitStatus()).as("%s", noKafka).isEqualTo(2);
    assertThat(noKafka.err()).contains("KAFKA_HOME");
  }

  /** The entries of a ustar archive: name, with the ustar prefix in front when there is one. */
  private static List<Entry> tarEntries(Path archive) throws IOException {
    List<Entry> names = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
      DataInputStream data = new DataInputStream(in);
      byte[] header = new byte[BLOCK];
      while (true) {
        try {
          data.readFully(header);
        } catch (EOFException e) {
          break;
        }
        String name = field(header, 0, 100);
        if (name.isEmpty()) {
          break; // the two zero blocks that end the archive
        }
        // Only POSIX ustar headers have a name prefix; GNU ones keep other fields there.
        String prefix = field(header, 257, 6).equals("ustar") ? field(header, 345, 155) : "";
        long size = Long.parseLong(field(header, 124, 12).trim(), 8);
        int mode = Integer.parseInt(field(header, 100, 8).trim(), 8);
        char type = (char) header[156];
        if (type == 'L') { // a GNU long name: the name is the entry's data
          byte[] longName = new byte[(int) size];
          data.readFully(longName);
          data.skipNBytes(padding(size));
          data.readFully(header);
          size = Long.parseLong(field(header, 124, 12).trim(), 8);
          mode = Integer.parseInt(field(header, 100, 8).trim(), 8);
          names.add(
              new Entry(new String(longName, StandardCharsets.UTF_8).replace("\0", ""), mode));
        } else {
          names.add(new Entry(prefix.isEmpty() ? name : prefix + "/" + name, mode));
        }
        data.skipNBytes(size + padding(size));
      }
    }
    return names;
  }

  private static long padding(long size) {
    return (BLOCK - size % BLOCK) % BLOCK;
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
  }
}
