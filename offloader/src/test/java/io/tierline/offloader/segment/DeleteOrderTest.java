package io.tierline.offloader.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectNotFoundException;
import io.tierline.offloader.StoreUnavailableException;
import io.tierline.offloader.filesystem.FileSystemObjectStore;
import io.tierline.offloader.filesystem.FileSystemStoreSettings;
import io.tierline.offloader.segment.format.IndexType;
import io.tierline.offloader.testing.ForwardingObjectStore;
import io.tierline.offloader.testing.RandomData;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A delete removes the manifest first and alone, so that a delete that fails part-way never leaves
 * a segment that reads as whole but is not; the next attempt finishes it.
 */
class DeleteOrderTest {
  private static final SegmentCoordinates SEGMENT =
      new SegmentCoordinates("orders", "Xy3kQ9", 0, 0, "seg-1");

  @TempDir Path dir;
  private final AtomicReference<String> failing = new AtomicReference<>();
  private final SegmentKeys keys = new SegmentKeys("", false);

  private SegmentStore store() {
    return SegmentStores.create(
        new ForwardingObjectStore(
            FileSystemObjectStore.create(FileSystemStoreSettings.of(dir.resolve("bucket")))) {
          @Override
          public void delete(ObjectKey key) {
            String suffix = failing.get();
            if (suffix != null && key.value().endsWith(suffix)) {
              throw new StoreUnavailableException("refused: " + key);
            }
            super.delete(key);
          }
        },
        SegmentStoreSettings.defaults().withChunkSizeBytes(1024));
  }

  private void upload(SegmentStore store) throws Exception {
    Path log = dir.resolve("segment.log");
    RandomData.write(log, 5000, 1);
    store.upload(
        SEGMENT,
        new SegmentSource(
            log, Map.of(IndexType.OFFSET, IndexSource.bytes(ByteBuffer.wrap(new byte[] {1, 2})))));
  }

  private boolean stored(ObjectKey key) {
    return Files.exists(dir.resolve("bucket").resolve(key.value()));
  }

  @Test
  void delete_manifestRefused_leavesTheSegmentWholeAndReadable() throws Exception {
    try (SegmentStore store = store()) {
      upload(store);
      failing.set(".manifest");

      assertThatThrownBy(() -> store.delete(SEGMENT)).isInstanceOf(StoreUnavailableException.class);

      assertThat(stored(keys.log(SEGMENT))).isTrue();
      assertThat(stored(keys.indexes(SEGMENT))).isTrue();
      try (InputStream in = store.openLog(SEGMENT, 0)) {
        assertThat(in.readAllBytes()).hasSize(5000);
      }
      failing.set(null);
      store.delete(SEGMENT);
      assertThat(stored(keys.manifest(SEGMENT))).isFalse();
      assertThat(stored(keys.log(SEGMENT))).isFalse();
    }
  }

  @Test
  void delete_logRefused_isUnreadableAndTheNextAttemptFinishes() throws Exception {
    try (SegmentStore store = store()) {
      upload(store);
      failing.set(".log");

      assertThatThrownBy(() -> store.delete(SEGMENT)).isInstanceOf(StoreUnavailableException.class);

      assertThat(stored(keys.manifest(SEGMENT))).isFalse();
      assertThat(stored(keys.indexes(SEGMENT))).as("deleted despite the log").isFalse();
      assertThat(stored(keys.log(SEGMENT))).isTrue();
      assertThatThrownBy(() -> store.openLog(SEGMENT, 0))
          .isInstanceOf(ObjectNotFoundException.class);
      failing.set(null);
      store.delete(SEGMENT);
      assertThat(stored(keys.log(SEGMENT))).isFalse();
    }
  }
}
