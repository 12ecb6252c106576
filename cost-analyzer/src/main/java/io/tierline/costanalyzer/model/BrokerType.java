package io.tierline.costanalyzer.model;

/** A broker machine as the model prices it: its name, price per hour and network bandwidth. */
public record BrokerType(String name, double pricePerHour, double networkGbps) {
  public BrokerType {
    Checks.required("name", name);
    Checks.notNegative("pricePerHour", pricePerHour);
    Checks.positive("networkGbps", networkGbps);
  }
}
