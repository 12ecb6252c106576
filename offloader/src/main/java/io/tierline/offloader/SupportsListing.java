package io.tierline.offloader;

import java.util.List;

/**
 * An optional ability of an {@link ObjectStore}: list the objects under a prefix, with their sizes.
 * The segment store needs it only to find a partition's next segment and fetch its start ahead of
 * the reader; over a store without it, reads work the same, without that read-ahead. The cost
 * analyzer lists a bucket with it to measure what each topic stores.
 */
public interface SupportsListing {

  /**
   * The objects whose keys start with {@code prefix}, with their sizes, in lexicographic key order.
   * Objects being written (unfinished multipart uploads, temporary files) are not listed.
   */
  List<StoredObject> listObjects(String prefix);

  /**
   * At most {@code limit} of the objects whose keys start with {@code prefix} and sort after {@code
   * startAfter}, in lexicographic key order: a page of a listing, which S3 answers with one LIST
   * request for up to 1,000 keys. This default lists the whole prefix; stores that can ask for a
   * page do so.
   */
  default List<StoredObject> listObjectsAfter(String prefix, String startAfter, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1: " + limit);
    }
    return listObjects(prefix).stream()
        .filter(o -> o.key().value().compareTo(startAfter) > 0)
        .limit(limit)
        .toList();
  }

  /** The keys that start with {@code prefix}, in lexicographic order. */
  default List<ObjectKey> list(String prefix) {
    return listObjects(prefix).stream().map(StoredObject::key).toList();
  }
}
