package io.tierline.offloader.s3;

import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.ObjectNotFoundException;
import io.tierline.offloader.ObjectStoreException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Multipart uploads whose abort failed, typically because the server was unreachable. An unfinished
 * upload is billed until it is aborted, so the store tries again before each upload and on close.
 */
final class PendingAborts {
  record Pending(ObjectKey key, String uploadId) {}

  private final S3ObjectStore store;
  private final Set<Pending> pending = ConcurrentHashMap.newKeySet();

  PendingAborts(S3ObjectStore store) {
    this.store = store;
  }

  /** Aborts the upload now (with retries); remembers it if that fails. */
  void abort(ObjectKey key, String uploadId) {
    if (!tryAbort(new Pending(key, uploadId))) {
      pending.add(new Pending(key, uploadId));
    }
  }

  /** Tries every remembered abort once more. */
  void retry() {
    for (Pending p : pending) {
      if (tryAbort(p)) {
        pending.remove(p);
      }
    }
  }

  int size() {
    return pending.size();
  }

  private boolean tryAbort(Pending p) {
    try {
      store.call(
          "AbortMultipartUpload",
          p.key(),
          () ->
              store
                  .client()
                  .abortMultipartUpload(
                      b ->
                          b.bucket(store.settings().bucket())
                              .key(p.key().value())
                              .uploadId(p.uploadId())));
      return true;
    } catch (ObjectNotFoundException gone) {
      return true;
    } catch (ObjectStoreException e) {
      return false;
    }
  }
}
