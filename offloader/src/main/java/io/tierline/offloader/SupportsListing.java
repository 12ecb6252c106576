package io.tierline.offloader;

import java.util.List;

/**
 * An optional ability of an {@link ObjectStore}: list the keys under a prefix. The segment store
 * needs it only to find a partition's next segment and fetch its start ahead of the reader; over a
 * store without it, reads work the same, without that read-ahead.
 */
public interface SupportsListing {

  /** The keys that start with {@code prefix}, in lexicographic order. */
  List<ObjectKey> list(String prefix);
}
