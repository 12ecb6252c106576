package io.tierline.costanalyzer.measure;

/** Requests per month, by type, and bytes read back per month, at a measured rate. */
public record RequestRate(
    double putsPerMonth,
    double getsPerMonth,
    double listsPerMonth,
    double deletesPerMonth,
    double bytesFetchedPerMonth) {

  public static final RequestRate NONE = new RequestRate(0, 0, 0, 0, 0);

  /** {@code counts} made over {@code seconds}, scaled to a month of {@code secondsPerMonth}. */
  static RequestRate of(RequestCounts counts, double seconds, double secondsPerMonth) {
    double scale = secondsPerMonth / seconds;
    return new RequestRate(
        counts.puts() * scale,
        counts.gets() * scale,
        counts.lists() * scale,
        counts.deletes() * scale,
        counts.bytesFetched() * scale);
  }

  public RequestRate plus(RequestRate o) {
    return new RequestRate(
        putsPerMonth + o.putsPerMonth,
        getsPerMonth + o.getsPerMonth,
        listsPerMonth + o.listsPerMonth,
        deletesPerMonth + o.deletesPerMonth,
        bytesFetchedPerMonth + o.bytesFetchedPerMonth);
  }
}
