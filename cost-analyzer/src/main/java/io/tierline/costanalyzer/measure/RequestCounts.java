package io.tierline.costanalyzer.measure;

/**
 * Object-store requests the tiering plugin made, by request type, and the bytes it read back: its
 * {@code requests-total} and {@code bytes-fetched-total} counters. A multipart upload is one PUT,
 * as the plugin counts it.
 */
public record RequestCounts(long puts, long gets, long lists, long deletes, long bytesFetched) {
  public static final RequestCounts NONE = new RequestCounts(0, 0, 0, 0, 0);

  public RequestCounts plus(RequestCounts o) {
    return new RequestCounts(
        puts + o.puts,
        gets + o.gets,
        lists + o.lists,
        deletes + o.deletes,
        bytesFetched + o.bytesFetched);
  }

  /** What was counted since {@code earlier}, a reading of the same counters. */
  public RequestCounts minus(RequestCounts earlier) {
    return new RequestCounts(
        puts - earlier.puts,
        gets - earlier.gets,
        lists - earlier.lists,
        deletes - earlier.deletes,
        bytesFetched - earlier.bytesFetched);
  }

  /** Whether every counter is at least the one of {@code earlier}: no restart in between. */
  public boolean atLeast(RequestCounts earlier) {
    return puts >= earlier.puts
        && gets >= earlier.gets
        && lists >= earlier.lists
        && deletes >= earlier.deletes
        && bytesFetched >= earlier.bytesFetched;
  }
}
