package io.tierline.offloader.testing;

import io.tierline.offloader.ByteRange;
import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectStore;
import java.io.InputStream;

/**
 * An {@link ObjectStore} that passes every call to another, and nothing more: it has none of the
 * other store's optional abilities. Tests subclass it to add or change one.
 */
public class ForwardingObjectStore implements ObjectStore {
  private final ObjectStore objects;

  public ForwardingObjectStore(ObjectStore objects) {
    this.objects = objects;
  }

  @Override
  public long upload(ObjectKey key, InputStream data) {
    return objects.upload(key, data);
  }

  @Override
  public InputStream fetch(ObjectKey key, ByteRange range) {
    return objects.fetch(key, range);
  }

  @Override
  public InputStream fetch(ObjectKey key) {
    return objects.fetch(key);
  }

  @Override
  public void delete(ObjectKey key) {
    objects.delete(key);
  }

  @Override
  public void close() {
    objects.close();
  }
}
