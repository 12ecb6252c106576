package io.tierline.offloader.segment;

import io.tierline.offloader.ObjectStore;

/** Builds {@link SegmentStore}s. */
public final class SegmentStores {
  private SegmentStores() {}

  /**
   * A segment store over {@code objects}. The segment store owns the object store: closing it
   * closes {@code objects}.
   */
  public static SegmentStore create(ObjectStore objects, SegmentStoreSettings settings) {
    return create(objects, settings, SegmentStoreListener.NOOP);
  }

  /** As {@link #create(ObjectStore, SegmentStoreSettings)}, reporting events to {@code listener}. */
  public static SegmentStore create(
      ObjectStore objects, SegmentStoreSettings settings, SegmentStoreListener listener) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
