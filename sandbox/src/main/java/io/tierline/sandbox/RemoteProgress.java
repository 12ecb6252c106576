package io.tierline.sandbox;

import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.segment.SegmentObjectName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the bucket's folder holds per topic, read straight from the disk the S3 server writes to:
 * the objects are files, {@code <bucket folder>/<key>}.
 */
final class RemoteProgress {
  /** One topic's segments (with a manifest) and bytes. */
  record Topic(long segments, long bytes) {
    Topic plus(Topic o) {
      return new Topic(segments + o.segments, bytes + o.bytes);
    }
  }

  private RemoteProgress() {}

  static Map<String, Topic> of(Path bucketDir) {
    Map<String, Topic> topics = new TreeMap<>();
    if (!Files.isDirectory(bucketDir)) {
      return topics;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(bucketDir)) {
      files = walk.filter(Files::isRegularFile).toList();
    } catch (IOException | UncheckedIOException e) {
      return topics; // A file went away while listing: the next look will see it.
    }
    for (Path f : files) {
      String key =
          bucketDir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
      SegmentObjectName.parse(ObjectKey.of(key))
          .ifPresent(
              n -> {
                long size;
                try {
                  size = Files.size(f);
                } catch (IOException gone) {
                  return;
                }
                topics.merge(
                    n.topic(),
                    new Topic(n.kind() == SegmentObjectName.Kind.MANIFEST ? 1 : 0, size),
                    Topic::plus);
              });
    }
    return topics;
  }

  static String describe(Map<String, Topic> topics) {
    StringBuilder s = new StringBuilder();
    topics.forEach(
        (name, t) -> {
          if (s.length() > 0) {
            s.append(", ");
          }
          s.append(name)
              .append(' ')
              .append(t.segments())
              .append(" segments ")
              .append(String.format("%.1f MiB", t.bytes() / 1048576.0));
        });
    return s.toString();
  }
}
