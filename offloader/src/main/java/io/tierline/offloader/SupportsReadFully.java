package io.tierline.offloader;

/**
 * An optional ability of an {@link ObjectStore}: read a short range straight into memory. The whole
 * read, body included, is one retried call, so a connection that breaks off mid-body is retried,
 * and the bytes are not copied again through a stream.
 */
public interface SupportsReadFully {

  /**
   * The bytes of {@code range}, cut at the end of the object.
   *
   * @throws ObjectNotFoundException if the object does not exist, or {@code range} starts past its
   *     end
   */
  byte[] readFully(ObjectKey key, ByteRange range);
}
