package io.tierline.costanalyzer.api;

import java.util.List;

/**
 * The answer of {@code POST .../recommendations/{id}/apply}: the exact diff against the topic's
 * live configuration, and whether it was applied ({@code dryRun} false) or only checked by the
 * broker.
 */
public record ApplyResponse(
    String cluster,
    String recommendation,
    String topic,
    boolean dryRun,
    boolean applied,
    List<Change> changes) {

  /** One key: its value on the cluster now, and the value it gets. */
  public record Change(String key, String current, String target) {}
}
