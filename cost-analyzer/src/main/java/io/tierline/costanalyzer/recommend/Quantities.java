package io.tierline.costanalyzer.recommend;

import java.util.Locale;

/** Human-readable durations and sizes for evidence lines. */
final class Quantities {

  private static final long HOUR_MS = 3_600_000L;

  private Quantities() {}

  static String duration(double ms) {
    if (Double.isInfinite(ms)) {
      return "unlimited";
    }
    long minutes = Math.round(ms / 60_000);
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long mins = minutes % 60;
    if (days > 0) {
      return days + "d" + (hours > 0 ? " " + hours + "h" : "");
    }
    return hours > 0 ? hours + "h" + (mins > 0 ? " " + mins + "m" : "") : mins + "m";
  }

  static String bytes(double bytes) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    int u = 0;
    while (bytes >= 1024 && u < units.length - 1) {
      bytes /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, u == 0 ? "%.0f %s" : "%.1f %s", bytes, units[u]);
  }

  /** Rounds a time up to whole hours, so recommended values read well and stay on the safe side. */
  static long ceilHours(double ms) {
    return (long) Math.ceil(ms / HOUR_MS) * HOUR_MS;
  }

  static String money(double amount) {
    return String.format(Locale.ROOT, "$%.2f", amount);
  }
}
