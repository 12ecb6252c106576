package io.tierline.costanalyzer.pricing;

/** A broker machine: its price per hour, its vCPUs and its network bandwidth. */
public record InstanceType(
    Double pricePerHour, Integer vcpu, Double networkGbps, String source, String date) {
  public InstanceType {
    Provenance.price("pricePerHour", pricePerHour);
    if (vcpu == null || vcpu <= 0) {
      throw new IllegalArgumentException("vcpu: must be a count > 0, was " + vcpu);
    }
    if (networkGbps == null || !(networkGbps > 0)) {
      throw new IllegalArgumentException("networkGbps: must be > 0, was " + networkGbps);
    }
    Provenance.check(source, date);
  }
}
