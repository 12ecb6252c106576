package io.tierline.plugin;

import io.tierline.offloader.ObjectNotFoundException;
import io.tierline.offloader.ObjectStoreException;
import io.tierline.offloader.StoreUnavailableException;
import io.tierline.offloader.segment.SegmentCoordinates;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import org.apache.kafka.server.log.remote.storage.RemoteResourceNotFoundException;
import org.apache.kafka.server.log.remote.storage.RemoteStorageException;

/**
 * The one place where the offloader's failures become the exceptions the broker expects: a missing
 * object is {@link RemoteResourceNotFoundException}; a store that is unavailable for now (5xx,
 * throttling, timeouts, reset connections, once the offloader's retries ran out) is {@code
 * RetriableRemoteStorageException} on brokers that have it (Kafka 4.2 and later), which the broker
 * retries without deleting the attempt; anything else, and every failure on older brokers, is
 * {@link RemoteStorageException}.
 *
 * <p>The plugin compiles against the 4.0 API, where the retriable class does not exist, and one jar
 * serves every broker from 4.0 on; so the class is looked up at run time, through the plugin's
 * class loader, which finds Kafka's classes in the broker.
 */
final class RemoteStorageErrors {
  static final String RETRIABLE_CLASS =
      "org.apache.kafka.server.log.remote.storage.RetriableRemoteStorageException";

  private final Optional<Constructor<? extends RemoteStorageException>> retriable;

  private RemoteStorageErrors(Optional<Constructor<? extends RemoteStorageException>> retriable) {
    this.retriable = retriable;
  }

  /** The translation for the broker whose classes {@code loader} sees. */
  static RemoteStorageErrors detect(ClassLoader loader) {
    try {
      Class<?> type = loader.loadClass(RETRIABLE_CLASS);
      if (!RemoteStorageException.class.isAssignableFrom(type)) {
        return new RemoteStorageErrors(Optional.empty());
      }
      Constructor<? extends RemoteStorageException> constructor =
          type.asSubclass(RemoteStorageException.class)
              .getConstructor(String.class, Throwable.class);
      return new RemoteStorageErrors(Optional.of(constructor));
    } catch (ClassNotFoundException | NoSuchMethodException | LinkageError olderBroker) {
      return new RemoteStorageErrors(Optional.empty());
    }
  }

  /** True when this broker understands retriable storage errors. */
  boolean retriableAvailable() {
    return retriable.isPresent();
  }

  RemoteStorageException translate(String action, SegmentCoordinates segment, Throwable e) {
    // An offloader failure says what failed; anything else (an Error, a bug) needs its class too.
    String cause = e instanceof ObjectStoreException ? e.getMessage() : e.toString();
    String message = "Could not " + action + " " + describe(segment) + ": " + cause;
    if (e instanceof ObjectNotFoundException) {
      return new RemoteResourceNotFoundException(message, e);
    }
    if (e instanceof StoreUnavailableException && retriable.isPresent()) {
      try {
        return retriable.get().newInstance(message, e);
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException bug) {
        e.addSuppressed(bug);
      }
    }
    return new RemoteStorageException(message, e);
  }

  /**
   * Whether {@code e} means the JVM itself is broken, so that no caller can go on: {@link
   * InternalError} and {@link UnknownError}, the virtual-machine errors that do not name a resource
   * that may come back. Everything else a call into the plugin throws is translated, {@link
   * OutOfMemoryError} and {@link StackOverflowError} included: an upload buffer that cannot be
   * allocated leaves the heap as it was, and an {@link Error} that escaped {@code
   * copyLogSegmentData} would end the broker's copy task for the partition without a log line
   * (Kafka's task catches only {@link Exception}, and its scheduler drops a task that throws), so
   * that local disk fills.
   */
  static boolean isFatal(Throwable e) {
    return e instanceof InternalError || e instanceof UnknownError;
  }

  /** Rethrows {@code e} if it is {@linkplain #isFatal fatal}. */
  static void rethrowIfFatal(Throwable e) {
    if (isFatal(e)) {
      throw (Error) e;
    }
  }

  static String describe(SegmentCoordinates segment) {
    return "segment "
        + segment.segmentId()
        + " of "
        + segment.topic()
        + "-"
        + segment.partition()
        + " at offset "
        + segment.baseOffset();
  }
}
