package io.tierline.plugin.faults;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link FaultInjectingProxy} does to each request while the fault is on.
 *
 * @param latency the delay added before each request is forwarded ({@link Kind#LATENCY} only)
 */
public record Fault(Kind kind, Duration latency) {
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
    DOWN
  }

  public Fault {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(latency, "latency");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must be >= 0: " + latency);
    }
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
    };
  }
}
