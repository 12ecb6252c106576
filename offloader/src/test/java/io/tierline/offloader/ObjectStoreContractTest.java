package io.tierline.offloader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tierline.offloader.testing.RandomData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract of {@link ObjectStore}, run against every backend, and of the optional abilities
 * against the backends that have them. Each test works under its own key prefix, so backends may
 * share one bucket across tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ObjectStoreContractTest {
  /** Larger than the part size the backends' tests configure, so that uploads go multipart. */
  protected static final int MULTIPART_SIZE = (5 << 20) * 2 + 12345;

  protected ObjectStore store;
  protected String prefix;

  /** A new store on the backend under test; the test closes it. */
  protected abstract ObjectStore newObjectStore() throws Exception;

  @BeforeEach
  void openStore() throws Exception {
    store = newObjectStore();
    prefix = "t-" + UUID.randomUUID();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  protected ObjectKey key(String name) {
    return ObjectKey.of(prefix + "/" + name);
  }

  /** The keys under {@code prefix}; the test is skipped on a store that cannot list. */
  protected List<ObjectKey> list(String prefix) {
    assumeTrue(store instanceof SupportsListing, "the store cannot list");
    return ((SupportsListing) store).list(prefix);
  }

  private void assertNotFound(ObjectKey key) {
    assertThatThrownBy(() -> store.fetch(key).close()).isInstanceOf(ObjectNotFoundException.class);
  }

  @Test
  void upload_thenFetch_returnsTheSameBytes() throws IOException {
    for (int size : new int[] {0, 1, 1000, MULTIPART_SIZE}) {
      byte[] data = RandomData.bytes(size, size);
      ObjectKey key = key("object-" + size);
      assertThat(store.upload(key, new ByteArrayInputStream(data))).isEqualTo(size);
      try (InputStream in = store.fetch(key)) {
        assertThat(Arrays.equals(in.readAllBytes(), data)).as("object of %d bytes", size).isTrue();
      }
    }
  }

  @Test
  void upload_existingKey_replacesTheObject() throws IOException {
    store.upload(key("a"), new ByteArrayInputStream(new byte[] {1, 2, 3}));
    store.upload(key("a"), new ByteArrayInputStream(new byte[] {4}));
    try (InputStream in = store.fetch(key("a"))) {
      assertThat(in.readAllBytes()).containsExactly(4);
    }
  }

  @Test
  void fetch_range_returnsExactlyThoseBytes() throws IOException {
    byte[] data = RandomData.bytes(MULTIPART_SIZE, 7);
    store.upload(key("ranged"), new ByteArrayInputStream(data));
    int last = data.length - 1;
    int[][] ranges = {
      {0, 0}, {0, 99}, {5 << 20, (5 << 20) + 1}, {12, last}, {last, last}, {3, last + 1000}
    };
    for (int[] r : ranges) {
      try (InputStream in = store.fetch(key("ranged"), ByteRange.of(r[0], r[1]))) {
        int end = Math.min(r[1], last);
        assertThat(Arrays.equals(in.readAllBytes(), Arrays.copyOfRange(data, r[0], end + 1)))
            .as("range %d-%d", r[0], r[1])
            .isTrue();
      }
    }
  }

  @Test
  void fetch_rangeStartingPastTheEnd_isNotFound() {
    store.upload(key("short"), new ByteArrayInputStream(new byte[10]));
    assertThatThrownBy(() -> store.fetch(key("short"), ByteRange.of(10, 20)).close())
        .isInstanceOf(ObjectNotFoundException.class);
  }

  @Test
  void fetch_missingObject_isNotFound() {
    assertThatThrownBy(() -> store.fetch(key("missing")).close())
        .isInstanceOf(ObjectNotFoundException.class)
        .hasMessageContaining(key("missing").value());
    assertThatThrownBy(() -> store.fetch(key("missing"), ByteRange.of(0, 10)).close())
        .isInstanceOf(ObjectNotFoundException.class);
  }

  @Test
  void delete_isIdempotent() {
    store.upload(key("d"), new ByteArrayInputStream(new byte[] {1}));
    store.delete(key("d"));
    store.delete(key("d"));
    store.delete(key("never-existed"));
    assertNotFound(key("d"));
  }

  @Test
  void list_returnsTheKeysUnderThePrefixInOrder() {
    assumeTrue(store instanceof SupportsListing, "the store cannot list");
    for (String name : new String[] {"b/2", "a/1", "b/1", "c"}) {
      store.upload(key(name), new ByteArrayInputStream(new byte[] {1}));
    }
    assertThat(list(prefix + "/b/")).containsExactly(key("b/1"), key("b/2"));
    assertThat(list(prefix)).containsExactly(key("a/1"), key("b/1"), key("b/2"), key("c"));
  }

  @Test
  void listObjectsAfter_givesAPageFromAKeyOn_inOrder() {
    assumeTrue(store instanceof SupportsListing, "the store cannot list");
    SupportsListing listing = (SupportsListing) store;
    for (String name : new String[] {"p/05", "p/01", "p/03", "p/02", "p/04", "q/01"}) {
      store.upload(key(name), new ByteArrayInputStream(new byte[] {1, 2}));
    }
    assertThat(listing.listObjectsAfter(prefix + "/p/", key("p/02").value(), 2))
        .containsExactly(new StoredObject(key("p/03"), 2), new StoredObject(key("p/04"), 2));
    assertThat(listing.listObjectsAfter(prefix + "/p/", key("p/0").value(), 10))
        .extracting(StoredObject::key)
        .containsExactly(key("p/01"), key("p/02"), key("p/03"), key("p/04"), key("p/05"));
    assertThat(listing.listObjectsAfter(prefix + "/p/", key("p/05").value(), 10)).isEmpty();
    assertThatThrownBy(() -> listing.listObjectsAfter(prefix, "", 0)).hasMessageContaining("limit");
  }

  @Test
  void listObjects_givesEachObjectsStoredSize() {
    assumeTrue(store instanceof SupportsListing, "the store cannot list");
    store.upload(key("s/empty"), new ByteArrayInputStream(new byte[0]));
    store.upload(key("s/small"), new ByteArrayInputStream(new byte[1000]));
    store.upload(key("s/multipart"), new ByteArrayInputStream(new byte[MULTIPART_SIZE]));
    assertThat(((SupportsListing) store).listObjects(prefix + "/s/"))
        .containsExactly(
            new StoredObject(key("s/empty"), 0),
            new StoredObject(key("s/multipart"), MULTIPART_SIZE),
            new StoredObject(key("s/small"), 1000));
  }

  @Test
  void upload_streamFailingMidway_leavesNoObject() {
    InputStream failing =
        new InputStream() {
          private long served;

          @Override
          public int read() throws IOException {
            if (served++ > MULTIPART_SIZE / 2) {
              throw new IOException("disk read error");
            }
            return 1;
          }
        };
    assertThatThrownBy(() -> store.upload(key("broken"), failing))
        .isInstanceOf(ObjectStoreException.class)
        .hasMessageContaining("disk read error");
    assertNotFound(key("broken"));
  }
}
