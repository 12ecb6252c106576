package io.tierline.offloader.segment;

import io.tierline.offloader.segment.format.IndexType;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/** A closed segment on local disk: its log file and the indexes that exist for it. */
public record SegmentSource(Path logFile, Map<IndexType, IndexSource> indexes) {
  public SegmentSource {
    Objects.requireNonNull(logFile, "logFile");
    indexes = Map.copyOf(indexes);
  }
}
