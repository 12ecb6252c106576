package io.tierline.offloader.segment;

/**
 * What a reader needs to serve a segment: its chunks (original and stored offsets, checksums),
 * its compression, and where each index sits in the index object. Written as the last object of
 * a segment; the format is versioned.
 *
 * <p>The record's components are defined with the segment format.
 */
public record SegmentManifest(int formatVersion, long originalSize, long storedSize) {}
