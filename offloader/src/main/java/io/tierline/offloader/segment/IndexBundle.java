package io.tierline.offloader.segment;

import io.tierline.offloader.ObjectStoreException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * All of a segment's indexes as one object: their bytes one after another in {@link IndexType}
 * order, and where each starts, how long it is and its CRC32C. Index files are read twice (once to
 * checksum, once to upload), which is cheap next to the log and keeps memory flat.
 */
final class IndexBundle {
  private final Map<IndexType, IndexSource> sources;
  private final Map<IndexType, SegmentManifest.IndexEntry> entries;
  private final long size;

  private IndexBundle(Map<IndexType, IndexSource> sources,
      Map<IndexType, SegmentManifest.IndexEntry> entries, long size) {
    this.sources = sources;
    this.entries = entries;
    this.size = size;
  }

  static IndexBundle of(Map<IndexType, IndexSource> sources) {
    Map<IndexType, IndexSource> ordered = new EnumMap<>(IndexType.class);
    ordered.putAll(sources);
    Map<IndexType, SegmentManifest.IndexEntry> entries = new EnumMap<>(IndexType.class);
    long offset = 0;
    byte[] buffer = new byte[64 << 10];
    for (Map.Entry<IndexType, IndexSource> e : ordered.entrySet()) {
      CRC32C crc = new CRC32C();
      long length = 0;
      try (InputStream in = open(e.getValue())) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          crc.update(buffer, 0, n);
          length += n;
        }
      } catch (IOException ex) {
        throw new ObjectStoreException("Cannot read the " + e.getKey() + " index: " + ex, ex);
      }
      entries.put(e.getKey(), new SegmentManifest.IndexEntry(offset, length, (int) crc.getValue()));
      offset += length;
    }
    return new IndexBundle(ordered, entries, offset);
  }

  Map<IndexType, SegmentManifest.IndexEntry> entries() {
    return entries;
  }

  long size() {
    return size;
  }

  /** The bundle's bytes; opened lazily, one index at a time. */
  InputStream open() {
    List<InputStream> parts = new ArrayList<>();
    for (IndexSource source : sources.values()) {
      parts.add(new LazyInputStream(source));
    }
    return new SequenceInputStream(Collections.enumeration(parts));
  }

  static InputStream open(IndexSource source) throws IOException {
    if (source instanceof IndexSource.FileIndex file) {
      return Files.newInputStream(file.path());
    }
    ByteBuffer buffer = ((IndexSource.BufferIndex) source).buffer().duplicate();
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return new ByteArrayInputStream(bytes);
  }

  /** Opens its source on first read, so only one index file is open at a time. */
  private static final class LazyInputStream extends InputStream {
    private final IndexSource source;
    private InputStream in;

    LazyInputStream(IndexSource source) {
      this.source = source;
    }

    private InputStream in() throws IOException {
      if (in == null) {
        in = open(source);
      }
      return in;
    }

    @Override
    public int read() throws IOException {
      return in().read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in().read(b, off, len);
    }

    @Override
    public void close() throws IOException {
      if (in != null) {
        in.close();
      }
    }
  }
}
