package io.tierline.offloader.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.segment.SegmentStoreContractTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the filesystem backend. */
class FileSystemStoreTest extends SegmentStoreContractTest {
  @TempDir Path root;

  @Override
  protected ObjectStore newObjectStore() {
    return FileSystemObjectStore.create(FileSystemStoreSettings.of(root));
  }

  @Test
  void upload_leavesNoTemporaryFileBehind() throws IOException {
    store.upload(key("x/y"), new ByteArrayInputStream(new byte[100]));
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .containsExactly("y");
    }
  }

  @Test
  void upload_keyEscapingTheRoot_isRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                store.upload(
                    io.tierline.offloader.ObjectKey.of("a/../../etc"),
                    new ByteArrayInputStream(new byte[1])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("escapes");
  }
}
