package io.tierline.costanalyzer.model;

/**
 * Object-storage requests from the tiering plugin's object layout. Each rolled segment is uploaded
 * as one multipart object (initiate, parts of whole chunks of at least the minimum part size,
 * complete) plus its index and manifest objects. Historical reads fetch chunk by chunk with ranged
 * GETs, plus the index and manifest of each segment read; the plugin's cache serves the hit-ratio
 * share of them without a request.
 */
final class RequestModel {

  RequestCost cost(Workload w, Assumptions a, Prices p) {
    if (!w.remoteStorageEnabled() || w.ingressBytesPerSecond() == 0) {
      return RequestCost.ZERO;
    }
    double segment = StorageModel.openSegmentBytes(w);
    double written = w.ingressBytesPerSecond() * a.secondsPerMonth();
    double segments = written / segment;
    double puts = segments * putsPerSegment(segment, a);
    double read =
        written * w.consumerGroups() * w.historicalReadFraction() * (1 - a.cacheHitRatio());
    double metadataObjects = a.indexObjectsPerSegment() + a.manifestObjectsPerSegment();
    double gets = read / a.chunkBytes() + read / segment * metadataObjects;
    double cost =
        puts / 1000 * p.putPer1000()
            + gets / 1000 * p.getPer1000()
            + read / a.gigabyteBytes() * p.objectRetrievalPerGb();
    return new RequestCost(Math.round(puts), Math.round(gets), Math.round(read), cost);
  }

  /** Initiate + parts + complete for the log, then the index and manifest objects. */
  static long putsPerSegment(double segmentBytes, Assumptions a) {
    long parts = Math.max(1, (long) Math.ceil(segmentBytes / a.partBytes()));
    return 1 + parts + 1 + a.indexObjectsPerSegment() + a.manifestObjectsPerSegment();
  }
}
