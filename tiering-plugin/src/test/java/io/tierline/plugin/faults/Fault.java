package io.tierline.plugin.faults;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@link FaultInjectingProxy} does to each request while the fault is on.
 *
 * @param latency the delay added before each request is forwarded ({@link Kind#LATENCY} only)
 * @param keys the object keys whose deletes fail ({@link Kind#FAILED_DELETES} only)
 */
public record Fault(Kind kind, Duration latency, Optional<Pattern> keys) {
  /** The kinds of fault, each as an object store or the network produces it. */
  public enum Kind {
    /** Every byte forwarded as it is. */
    NONE,
    /** {@code 500 InternalError}, after the request body has been read. */
    INTERNAL_ERROR,
    /** {@code 503 SlowDown}, S3's answer to a request rate over its limits. */
    SLOW_DOWN,
    /**
     * The connection reset (TCP RST) halfway through a body: the request's if it has one, else the
     * response's; a response without a body is lost after the server acted on the request.
     */
    RESET_MID_BODY,
    /** Each request forwarded after a delay. */
    LATENCY,
    /** Connections accepted and requests read, never answered. */
    BLACK_HOLE,
    /** Nothing listening: connections are refused, and open ones are reset. */
    DOWN,
    /**
     * {@code 500 InternalError} for a {@code DELETE} of an object whose key matches; every other
     * request forwarded. A delete that fails for some of a segment's objects and not others.
     */
    FAILED_DELETES
  }

  public Fault {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(keys, "keys");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must be >= 0: " + latency);
    }
    if (keys.isPresent() != (kind == Kind.FAILED_DELETES)) {
      throw new IllegalArgumentException("keys are for " + Kind.FAILED_DELETES + " alone: " + kind);
    }
  }

  private Fault(Kind kind, Duration latency) {
    this(kind, latency, Optional.empty());
  }

  public static Fault none() {
    return new Fault(Kind.NONE, Duration.ZERO);
  }

  public static Fault internalError() {
    return new Fault(Kind.INTERNAL_ERROR, Duration.ZERO);
  }

  public static Fault slowDown() {
    return new Fault(Kind.SLOW_DOWN, Duration.ZERO);
  }

  public static Fault resetMidBody() {
    return new Fault(Kind.RESET_MID_BODY, Duration.ZERO);
  }

  public static Fault latency(Duration delay) {
    return new Fault(Kind.LATENCY, delay);
  }

  public static Fault blackHole() {
    return new Fault(Kind.BLACK_HOLE, Duration.ZERO);
  }

  public static Fault down() {
    return new Fault(Kind.DOWN, Duration.ZERO);
  }

  /** Deletes of objects whose whole key matches {@code keys} fail with a 500. */
  public static Fault failedDeletes(Pattern keys) {
    return new Fault(Kind.FAILED_DELETES, Duration.ZERO, Optional.of(keys));
  }

  /** Whether this fault fails {@code method} on the object {@code key}. */
  boolean failsDelete(String method, String key) {
    return method.equals("DELETE") && keys.map(k -> k.matcher(key).matches()).orElse(false);
  }

  /** As the fault runs' table names it. */
  @Override
  public String toString() {
    return switch (kind) {
      case NONE -> "none";
      case INTERNAL_ERROR -> "HTTP 500 InternalError";
      case SLOW_DOWN -> "HTTP 503 SlowDown";
      case RESET_MID_BODY -> "connection reset mid-body";
      case LATENCY -> "+" + latency.toMillis() + " ms latency";
      case BLACK_HOLE -> "black hole";
      case DOWN -> "server down";
      case FAILED_DELETES -> "HTTP 500 on DELETE of keys matching " + keys.orElseThrow();
    };
  }
}
