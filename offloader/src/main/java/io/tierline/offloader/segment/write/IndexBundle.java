package io.tierline.offloader.segment.write;

import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.segment.format.IndexType;
import io.tierline.offloader.segment.format.SegmentManifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
  private final List<SegmentWriter.Index> sources;
  private final Map<IndexType, SegmentManifest.IndexEntry> entries;
  private final long size;

  private IndexBundle(
      List<SegmentWriter.Index> sources,
      Map<IndexType, SegmentManifest.IndexEntry> entries,
      long size) {
    this.sources = sources;
    this.entries = entries;
    this.size = size;
  }

  static IndexBundle of(List<SegmentWriter.Index> sources) {
    List<SegmentWriter.Index> ordered = new ArrayList<>(sources);
    ordered.sort(Comparator.comparing(SegmentWriter.Index::type));
    Map<IndexType, SegmentManifest.IndexEntry> entries = new EnumMap<>(IndexType.class);
    long offset = 0;
    byte[] buffer = new byte[64 << 10];
    for (SegmentWriter.Index index : ordered) {
      CRC32C crc = new CRC32C();
      long length = 0;
      try (InputStream in = index.bytes().open()) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          crc.update(buffer, 0, n);
          length += n;
        }
      } catch (IOException ex) {
        throw new ObjectStoreException("Cannot read the " + index.type() + " index: " + ex, ex);
      }
      entries.put(
          index.type(), new SegmentManifest.IndexEntry(offset, length, (int) crc.getValue()));
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
    for (SegmentWriter.Index source : sources) {
      parts.add(new LazyInputStream(source.bytes()));
    }
    return new SequenceInputStream(Collections.enumeration(parts));
  }

  /** Opens its source on first read, so only one index file is open at a time. */
  private static final class LazyInputStream extends InputStream {
    private final SegmentWriter.Opener source;
    private InputStream in;

    LazyInputStream(SegmentWriter.Opener source) {
      this.source = source;
    }

    private InputStream in() throws IOException {
      if (in == null) {
        in = source.open();
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
