package io.tierline.costanalyzer.model;

/**
 * Object-storage requests from the tiering plugin's object layout. Each rolled segment is uploaded
 * as its log (one PUT below a part's size, else a multipart upload: initiate, parts of whole chunks
 * of at least the minimum part size, complete) plus its index and manifest objects. Historical
 * reads fetch chunk by chunk with ranged GETs (a segment smaller than a chunk is one chunk), plus
 * the indexes of each segment read, and the LISTs (PUT-class requests) with which the plugin finds
 * the next segments, one per page of keys; the plugin's cache serves the hit-ratio share of them
 * without a request.
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
    // A segment read costs its chunks and its indexes object. Not its manifest: the plugin keeps
    // the manifests of the segments it wrote or read (10,000 of them) in memory, and the broker
    // that uploaded a segment is the one that serves it while it leads the partition.
    double segmentsRead = read / segment;
    double gets = segmentsRead * (chunksPerSegment(segment, a) + a.indexObjectsPerSegment());
    // Near a segment's end, the plugin finds the partition's next segments to fetch the next one's
    // start ahead of the reader: one LIST, billed as a PUT-class request, shows a page of keys
    // (S3 gives at most 1,000), so a reader LISTs once per that many segments' objects.
    puts += segmentsRead / segmentsPerList(a);
    double cost =
        puts / 1000 * p.putPer1000()
            + gets / 1000 * p.getPer1000()
            + read / a.gigabyteBytes() * p.objectRetrievalPerGb();
    return new RequestCost(Math.round(puts), Math.round(gets), Math.round(read), cost);
  }

  /**
   * The log, then the index and manifest objects. A log smaller than a part is one PUT; a larger
   * one is a multipart upload: initiate + parts + complete.
   */
  static long putsPerSegment(double segmentBytes, Assumptions a) {
    long log =
        segmentBytes < a.partBytes() ? 1 : 2 + (long) Math.ceil(segmentBytes / a.partBytes());
    return log + a.indexObjectsPerSegment() + a.manifestObjectsPerSegment();
  }

  /** Keys one LIST returns at most, on S3 and on the plugin's other stores. */
  static final int KEYS_PER_LIST = 1000;

  /** Segments whose objects one LIST shows: a page of keys over the objects of a segment. */
  static long segmentsPerList(Assumptions a) {
    long objects = 1 + a.indexObjectsPerSegment() + a.manifestObjectsPerSegment();
    return Math.max(1, KEYS_PER_LIST / objects);
  }

  /** Ranged GETs to read a whole segment: one per chunk; a segment is at least one chunk. */
  static long chunksPerSegment(double segmentBytes, Assumptions a) {
    return Math.max(1, (long) Math.ceil(segmentBytes / a.chunkBytes()));
  }
}
