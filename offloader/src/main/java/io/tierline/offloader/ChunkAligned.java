package io.tierline.offloader;

/**
 * An upload stream made of chunks that a multipart part must hold whole: a store that uploads in
 * parts ends each part at a chunk boundary, so that a part is a run of whole chunks.
 */
public interface ChunkAligned {

  /** Bytes of the chunk being read that are not read yet; 0 at a chunk boundary. */
  int bytesToChunkEnd();

  /** The most bytes one stored chunk can take. */
  int maxChunkBytes();
}
