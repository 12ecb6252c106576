package io.tierline.reports;

/**
 * One input behind the numbers, in words: "Replication factor" = "3" "copies", from "cluster
 * snapshot". The value is text because assumptions include names (a disk type) as well as numbers.
 * The unit is empty (never null) when the value has none.
 */
public record Assumption(String label, String value, String unit, String source) {
  public Assumption {
    Checks.text(label, "assumption.label");
    Checks.text(value, "assumption.value");
    unit = unit == null ? "" : unit;
    Checks.text(source, "assumption.source");
  }
}
