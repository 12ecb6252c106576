package io.tierline.reports.html;

import io.tierline.reports.CostCategory;

/** Colours that stay apart in print and for common colour blindness. */
final class Palette {
  static final String TODAY = "#1f4e79";
  static final String SAVED = "#2a9d8f";
  static final String TEAM = "#3d6fa8";
  static final String HISTORY = "#9fb7d1";

  private Palette() {}

  static String of(CostCategory category) {
    return switch (category) {
      case LOCAL_DISK -> "#1f4e79";
      case OBJECT_STORAGE -> "#2a9d8f";
      case CROSS_ZONE_NETWORK -> "#e76f51";
      case REQUESTS -> "#e9c46a";
      case COMPUTE -> "#7b6d8d";
    };
  }
}
