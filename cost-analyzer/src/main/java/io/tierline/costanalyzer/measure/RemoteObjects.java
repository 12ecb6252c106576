package io.tierline.costanalyzer.measure;

/**
 * What one topic holds in the bucket, as listed: every object of its segments (logs, indexes,
 * manifests), of every topic id the name had.
 *
 * @param bytes stored bytes, after the plugin's compression
 * @param objects objects of every kind
 * @param segments readable segments: those with a manifest
 */
public record RemoteObjects(long bytes, long objects, long segments) {
  public static final RemoteObjects NONE = new RemoteObjects(0, 0, 0);

  public RemoteObjects {
    if (bytes < 0 || objects < 0 || segments < 0) {
      throw new IllegalArgumentException(
          "bytes, objects and segments must be >= 0: " + bytes + ", " + objects + ", " + segments);
    }
  }

  public RemoteObjects plus(RemoteObjects o) {
    return new RemoteObjects(bytes + o.bytes, objects + o.objects, segments + o.segments);
  }
}
