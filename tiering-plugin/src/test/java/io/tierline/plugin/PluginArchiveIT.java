package io.tierline.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.plugin.broker.ExampleConfig;
import io.tierline.plugin.broker.TestBrokers;
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

/**
 * The install steps work as written: the archive unpacks to the one directory that the example
 * broker files name in {@code remote.log.storage.manager.class.path}, and holds the same jars as
 * the plugin directory, none of them the broker's own.
 */
class PluginArchiveIT {
  private static final int BLOCK = 512;

  @Test
  void archive_unpacksToTheDirectoryTheExampleFilesName() throws IOException {
    List<String> entries = tarEntries(TestBrokers.pluginArchive());
    List<String> files = entries.stream().filter(e -> !e.endsWith("/")).toList();

    assertThat(files).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("plugin/"));
    try (Stream<Path> dir = Files.list(TestBrokers.pluginDir())) {
      assertThat(files.stream().map(e -> e.substring("plugin/".length())))
          .containsExactlyInAnyOrderElementsOf(dir.map(p -> p.getFileName().toString()).toList());
    }
    assertThat(files)
        .anySatisfy(e -> assertThat(e).matches("plugin/tiering-plugin-.*\\.jar"))
        .noneSatisfy(e -> assertThat(e).matches("plugin/(kafka|slf4j).*"));

    for (String example :
        List.of("broker-tiering-s3.properties", "broker-tiering-filesystem.properties")) {
      Properties props = new Properties();
      try (Reader in = Files.newBufferedReader(TestBrokers.configDir().resolve(example))) {
        props.load(in);
      }
      assertThat(props.getProperty(ExampleConfig.CLASS_PATH)).as(example).endsWith("/plugin/*");
    }
  }

  /** The names in a ustar archive: name, with the ustar prefix in front when there is one. */
  private static List<String> tarEntries(Path archive) throws IOException {
    List<String> names = new ArrayList<>();
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
        char type = (char) header[156];
        if (type == 'L') { // a GNU long name: the name is the entry's data
          byte[] longName = new byte[(int) size];
          data.readFully(longName);
          data.skipNBytes(padding(size));
          data.readFully(header);
          names.add(new String(longName, StandardCharsets.UTF_8).replace("\0", ""));
          size = Long.parseLong(field(header, 124, 12).trim(), 8);
        } else {
          names.add(prefix.isEmpty() ? name : prefix + "/" + name);
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
