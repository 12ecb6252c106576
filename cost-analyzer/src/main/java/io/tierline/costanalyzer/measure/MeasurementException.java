package io.tierline.costanalyzer.measure;

/**
 * A measurement could not be taken: the bucket or a broker's JMX did not answer. The analysis goes
 * on with the model's figures and says why the measured ones are missing.
 */
public final class MeasurementException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MeasurementException(String message, Throwable cause) {
    super(message, cause);
  }
}
