package io.tierline.costanalyzer.measure;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.costanalyzer.configuration.RemoteStorageConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meter over the filesystem store: the same listing and key layout as over S3. */
class BucketMeterTest {
  private static final String ORDERS = "orders-q7Zk-YwCTa2x0m9Ac1_w8g";
  private static final String CLICKS = "click.stream-AAAAAAAAAAAAAAAAAAAAAA";

  @TempDir Path root;

  private void object(String key, int bytes) throws IOException {
    Path file = root.resolve(key);
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[bytes]);
  }

  private BucketMeter meter(String prefix, boolean salting) {
    RemoteStorageConfig c = new RemoteStorageConfig();
    c.setBackend("filesystem");
    c.setFilesystemRoot(root.toString());
    c.setKeyPrefix(prefix);
    c.setKeyPrefixSalting(salting);
    return BucketMeter.of(c, Clock.systemUTC());
  }

  @Test
  void read_sumsEachTopicsObjectsByTheKeyLayout() throws IOException {
    String seg = "/0/00000000000000000000-seg1.";
    object("cluster-1/" + ORDERS + seg + "log", 1000);
    object("cluster-1/" + ORDERS + seg + "indexes", 30);
    object("cluster-1/" + ORDERS + seg + "manifest", 7);
    object("cluster-1/" + ORDERS + "/1/00000000000000000500-seg2.log", 500);
    object("cluster-1/" + CLICKS + seg + "log", 64);
    object("cluster-1/notes.txt", 3);
    object("other-cluster/" + ORDERS + seg + "log", 99);

    try (BucketMeter meter = meter("cluster-1", false)) {
      BucketReading r = meter.read();

      assertThat(r.topic("orders")).isEqualTo(new RemoteObjects(1537, 4, 1));
      assertThat(r.topic("click.stream")).isEqualTo(new RemoteObjects(64, 1, 0));
      assertThat(r.topic("payments")).isEqualTo(RemoteObjects.NONE);
      assertThat(r.otherObjects()).isEqualTo(1);
      assertThat(r.total()).isEqualTo(new RemoteObjects(1601, 5, 1));
      assertThat(r.location()).contains(root.toString()).contains("cluster-1");
    }
  }

  @Test
  void read_withSalting_findsTheSaltedKeysUnderThePrefix() throws IOException {
    object("3fa9/cluster-1/" + ORDERS + "/0/00000000000000000000-s.log", 10);
    object("07b2/cluster-1/" + ORDERS + "/1/00000000000000000000-s.log", 20);
    object("07b2/cluster-2/" + ORDERS + "/1/00000000000000000000-s.log", 40);

    try (BucketMeter meter = meter("cluster-1", true)) {
      assertThat(meter.read().topic("orders")).isEqualTo(new RemoteObjects(30, 2, 0));
    }
  }
}
