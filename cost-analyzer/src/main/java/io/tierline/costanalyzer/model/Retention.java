package io.tierline.costanalyzer.model;

import java.util.OptionalLong;

/**
 * A retention limit as Kafka applies it: by age, by size per partition, or both (the first reached
 * wins); an empty limit means unlimited.
 *
 * @param ms maximum age in milliseconds
 * @param bytesPerPartition maximum size of each partition's log (Kafka's {@code retention.bytes} is
 *     per partition)
 */
public record Retention(OptionalLong ms, OptionalLong bytesPerPartition) {

  public Retention {
    Checks.required("ms", ms);
    Checks.required("bytesPerPartition", bytesPerPartition);
    ms.ifPresent(v -> Checks.notNegative("retentionMs", v));
    bytesPerPartition.ifPresent(v -> Checks.notNegative("retentionBytes", v));
  }

  public static Retention unlimited() {
    return new Retention(OptionalLong.empty(), OptionalLong.empty());
  }

  /** From Kafka's topic values, where −1 means unlimited. */
  public static Retention ofKafka(long retentionMs, long retentionBytes) {
    return new Retention(
        kafkaLimit("retentionMs", retentionMs), kafkaLimit("retentionBytes", retentionBytes));
  }

  /**
   * Local retention from Kafka's {@code local.retention.ms/bytes}, where −2 means "same as
   * retention" (each key on its own) and −1 unlimited.
   */
  public static Retention localOfKafka(long localMs, long localBytes, Retention retention) {
    OptionalLong ms = localMs == -2 ? retention.ms() : kafkaLimit("localRetentionMs", localMs);
    OptionalLong bytes =
        localBytes == -2
            ? retention.bytesPerPartition()
            : kafkaLimit("localRetentionBytes", localBytes);
    return new Retention(ms, bytes);
  }

  public boolean isUnlimited() {
    return ms.isEmpty() && bytesPerPartition.isEmpty();
  }

  /**
   * Bytes one partition retains at a given write rate: the smaller of age × rate and the size
   * limit. Returns {@code Double.POSITIVE_INFINITY} when unlimited.
   */
  public double partitionBytes(double bytesPerSecondPerPartition) {
    double byAge =
        ms.isPresent()
            ? bytesPerSecondPerPartition * ms.getAsLong() / 1000.0
            : Double.POSITIVE_INFINITY;
    double bySize =
        bytesPerPartition.isPresent() ? bytesPerPartition.getAsLong() : Double.POSITIVE_INFINITY;
    return Math.min(byAge, bySize);
  }

  /**
   * How long data stays, in ms: the age limit, or the time the size limit takes to fill if that is
   * sooner.
   */
  public double effectiveMs(double bytesPerSecondPerPartition) {
    double byAge = ms.isPresent() ? ms.getAsLong() : Double.POSITIVE_INFINITY;
    double bySize =
        bytesPerPartition.isPresent() && bytesPerSecondPerPartition > 0
            ? bytesPerPartition.getAsLong() / bytesPerSecondPerPartition * 1000.0
            : Double.POSITIVE_INFINITY;
    return Math.min(byAge, bySize);
  }

  private static OptionalLong kafkaLimit(String field, long value) {
    if (value == -1) {
      return OptionalLong.empty();
    }
    if (value < 0) {
      throw new IllegalArgumentException(field + ": must be >= 0 or -1 (unlimited), was " + value);
    }
    return OptionalLong.of(value);
  }
}
