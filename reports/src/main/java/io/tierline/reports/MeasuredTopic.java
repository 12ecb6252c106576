package io.tierline.reports;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One topic's remote storage as measured, beside the cost model's figures: the bytes and objects
 * its bucket holds (from a listing), and the object-storage requests per month that the tiering
 * plugin counted. Each measured figure is empty when it was not measured.
 *
 * @param putsPerMonth PUT-class requests as S3 bills them: PUTs and LISTs
 * @param listsPerMonth of which LISTs
 * @param requestsMonthlyCost the measured requests priced: what the report's request rows charge
 * @param modelledRequestsMonthlyCost what the model would have charged for requests
 */
public record MeasuredTopic(
    String topic,
    OptionalLong remoteBytes,
    long modelledRemoteBytes,
    OptionalLong remoteObjects,
    OptionalLong putsPerMonth,
    long modelledPutsPerMonth,
    OptionalLong getsPerMonth,
    long modelledGetsPerMonth,
    OptionalLong listsPerMonth,
    Optional<BigDecimal> requestsMonthlyCost,
    BigDecimal modelledRequestsMonthlyCost) {

  public MeasuredTopic {
    Checks.text(topic, "measured.topic");
    Objects.requireNonNull(remoteBytes, "remoteBytes");
    Objects.requireNonNull(remoteObjects, "remoteObjects");
    Objects.requireNonNull(putsPerMonth, "putsPerMonth");
    Objects.requireNonNull(getsPerMonth, "getsPerMonth");
    Objects.requireNonNull(listsPerMonth, "listsPerMonth");
    Objects.requireNonNull(requestsMonthlyCost, "requestsMonthlyCost");
    Checks.required(modelledRequestsMonthlyCost, "measured.modelledRequestsMonthlyCost");
  }
}
