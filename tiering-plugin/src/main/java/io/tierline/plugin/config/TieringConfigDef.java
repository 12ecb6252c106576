package io.tierline.plugin.config;

import io.tierline.offloader.RetryPolicy;
import io.tierline.offloader.StorageClass;
import io.tierline.offloader.s3.S3StoreSettings;
import io.tierline.offloader.segment.SegmentStoreSettings;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.NonEmptyString;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * Every key of the tiering plugin, with its type, default, validator and documentation. Brokers
 * pass these keys with the {@code rsm.config.} prefix, which they strip before the plugin sees
 * them: {@code rsm.config.storage.backend=s3} arrives as {@code storage.backend=s3}.
 */
public final class TieringConfigDef {
  public static final String BROKER_PREFIX = "rsm.config.";

  public static final String BACKEND_CONFIG = "storage.backend";
  static final String BACKEND_DOC =
      "Where segments are stored: 's3' (AWS SDK), 'minio' (MinIO client, any S3-compatible server)"
          + " or 'filesystem' (a directory, for tests and shared mounts).";

  public static final String BUCKET_CONFIG = "storage.bucket";
  static final String BUCKET_DOC = "The bucket that holds the segments. Required for s3 and minio.";

  public static final String REGION_CONFIG = "storage.region";
  static final String REGION_DOC = "The bucket's region (s3 and minio).";
  public static final String DEFAULT_REGION = "us-east-1";

  public static final String ENDPOINT_CONFIG = "storage.endpoint";
  static final String ENDPOINT_DOC =
      "The URL of an S3-compatible endpoint, such as http://127.0.0.1:9000. Required for minio;"
          + " for s3 it overrides the region's AWS endpoint.";

  public static final String PATH_STYLE_CONFIG = "storage.path.style.access";
  static final String PATH_STYLE_DOC =
      "Address the bucket in the path (http://host/bucket/key) rather than in the host name."
          + " S3-compatible servers usually need it.";

  public static final String ACCESS_KEY_CONFIG = "storage.access.key";
  static final String ACCESS_KEY_DOC =
      "The access key id (s3 and minio). Unset: the AWS SDK's default credential chain (s3 only).";

  public static final String SECRET_KEY_CONFIG = "storage.secret.key";
  static final String SECRET_KEY_DOC =
      "The secret access key; required with " + ACCESS_KEY_CONFIG + ". Never logged.";

  public static final String FILESYSTEM_ROOT_CONFIG = "storage.filesystem.root";
  static final String FILESYSTEM_ROOT_DOC =
      "The directory that holds the objects. Required for the filesystem backend.";

  public static final String STORAGE_CLASS_RULES_CONFIG = "storage.class.rules";
  static final String STORAGE_CLASS_RULES_DOC =
      "The S3 storage class of each topic's objects, as ordered, comma-separated 'regex=CLASS'"
          + " rules: the first rule whose regular expression matches the whole topic name gives"
          + " the class, for example 'logs\\..*=STANDARD_IA,audit\\..*=GLACIER_IR'. Classes:"
          + " STANDARD, STANDARD_IA, INTELLIGENT_TIERING, GLACIER_IR (GLACIER and DEEP_ARCHIVE"
          + " need a restore before a read, and are refused). Applied on upload by s3 and minio;"
          + " every backend records the class in the segment's manifest. Empty: every topic gets "
          + "storage.class.default.";

  public static final String STORAGE_CLASS_DEFAULT_CONFIG = "storage.class.default";
  static final String STORAGE_CLASS_DEFAULT_DOC =
      "The storage class of the topics that no rule of storage.class.rules matches.";
  public static final String DEFAULT_STORAGE_CLASS = StorageClass.STANDARD.name();

  public static final String KEY_PREFIX_CONFIG = "key.prefix";
  static final String KEY_PREFIX_DOC =
      "Prepended to every object key, for example 'kafka/cluster-1'. No leading or trailing '/'.";
  public static final String DEFAULT_KEY_PREFIX = "";

  public static final String KEY_PREFIX_SALTING_CONFIG = "key.prefix.salting";
  static final String KEY_PREFIX_SALTING_DOC =
      "Put a short hash of the partition in front of each key, which spreads request load over"
          + " S3 prefixes (S3 limits requests per prefix).";

  public static final String CHUNK_SIZE_CONFIG = "chunk.size";
  static final String CHUNK_SIZE_DOC =
      "Segments are stored and read in chunks of this many bytes; each chunk is compressed and"
          + " checksummed on its own, and is the unit of ranged reads and of the cache.";
  public static final int DEFAULT_CHUNK_SIZE = SegmentStoreSettings.DEFAULT_CHUNK_SIZE_BYTES;

  public static final String COMPRESSION_CONFIG = "compression";
  static final String COMPRESSION_DOC =
      "How chunks are compressed: 'none' or 'zstd'. Batches the producer already compressed gain"
          + " little.";

  public static final String CACHE_SIZE_CONFIG = "fetch.cache.size.bytes";
  static final String CACHE_SIZE_DOC =
      "Bytes of chunks kept in memory for reads that come back to them. Chunks enter by how often"
          + " they are read (W-TinyLFU), so a consumer catching up does not flush what other"
          + " consumers read again and again. 0 disables the cache.";
  public static final long DEFAULT_CACHE_SIZE = SegmentStoreSettings.DEFAULT_CACHE_MAX_BYTES;

  public static final String READ_AHEAD_SIZE_CONFIG = "fetch.readahead.size.bytes";
  static final String READ_AHEAD_SIZE_DOC =
      "Bytes of fetched chunks held for the broker's next fetch from the same segment: the broker"
          + " opens a new stream per consumer fetch, and this is where the chunks the last one"
          + " prefetched wait. Chunks that readers have gone past leave first; a prefetch waits"
          + " while there is no room for it, rather than push out chunks that another partition's"
          + " reader is about to read, and no partition holds more than its fair share (the bytes"
          + " divided among the partitions read at once) while the others need the room. Allow"
          + " about (fetch.prefetch.chunks + 2) chunks per partition read at once; it must hold at"
          + " least fetch.prefetch.chunks + 1 chunks. 0 disables it.";
  public static final long DEFAULT_READ_AHEAD_SIZE =
      SegmentStoreSettings.DEFAULT_READ_AHEAD_MAX_BYTES;

  public static final String DISK_CACHE_PATH_CONFIG = "fetch.disk.cache.path";
  static final String DISK_CACHE_PATH_DOC =
      "Directory on the broker's local disk for a second chunk cache below the memory one, for"
          + " working sets larger than the heap; unset disables it. Chunks are kept as stored"
          + " (compressed, encrypted when the segment is), checked against the manifest's CRC32C"
          + " when read back, and fetched again when they do not match. The directory is emptied"
          + " of cached chunks at start-up; give each broker its own, off the log directories.";

  public static final String DISK_CACHE_SIZE_CONFIG = "fetch.disk.cache.size.bytes";
  static final String DISK_CACHE_SIZE_DOC =
      "Bound of the disk chunk cache in stored bytes, when fetch.disk.cache.path is set.";
  public static final long DEFAULT_DISK_CACHE_SIZE = 1L << 30;

  public static final String PREFETCH_CONFIG = "fetch.prefetch.chunks";
  static final String PREFETCH_DOC =
      "Chunks fetched ahead of a sequential reader, in order, so that the next read finds them"
          + " in memory.";
  public static final int DEFAULT_PREFETCH = SegmentStoreSettings.DEFAULT_PREFETCH_CHUNKS;

  public static final String MAX_INDEX_SIZE_CONFIG = "fetch.index.max.bytes";
  static final String MAX_INDEX_SIZE_DOC =
      "The largest index a read accepts. A manifest that claims a larger one is refused at once"
          + " (RemoteStorageException), before any buffer is sized from it: the bytes in a bucket"
          + " never decide how much memory a broker allocates.";
  public static final long DEFAULT_MAX_INDEX_SIZE = SegmentStoreSettings.DEFAULT_MAX_INDEX_BYTES;

  public static final String UPLOAD_RATE_CONFIG = "upload.rate.limit.bytes.per.second";
  static final String UPLOAD_RATE_DOC =
      "Caps upload throughput per broker, so that offloading does not saturate disk or network."
          + " Unset: no limit.";

  public static final String PART_SIZE_CONFIG = "upload.part.size.bytes";
  static final String PART_SIZE_DOC =
      "Bytes per multipart part (s3 and minio); S3 needs at least 5 MiB. On s3 a part holds whole"
          + " chunks: it runs on to the end of the chunk it would cut.";
  public static final int DEFAULT_PART_SIZE = S3StoreSettings.DEFAULT_PART_SIZE_BYTES;

  public static final String UPLOAD_PARALLELISM_CONFIG = "upload.parts.in.flight";
  static final String UPLOAD_PARALLELISM_DOC =
      "Multipart parts uploaded at once per segment (s3). Memory per upload is about the part size"
          + " times this plus one.";
  public static final int DEFAULT_UPLOAD_PARALLELISM = S3StoreSettings.DEFAULT_MAX_PARTS_IN_FLIGHT;

  public static final String RETRY_ATTEMPTS_CONFIG = "retry.max.attempts";
  static final String RETRY_ATTEMPTS_DOC =
      "Attempts per storage request (the first one included) before a retriable error fails.";
  public static final int DEFAULT_RETRY_ATTEMPTS = RetryPolicy.defaults().maxAttempts();

  public static final String RETRY_BACKOFF_CONFIG = "retry.backoff.ms";
  static final String RETRY_BACKOFF_DOC =
      "The first backoff between attempts; it doubles each time, with random jitter below it.";
  public static final long DEFAULT_RETRY_BACKOFF = RetryPolicy.defaults().baseDelay().toMillis();

  public static final String RETRY_BACKOFF_MAX_CONFIG = "retry.backoff.max.ms";
  static final String RETRY_BACKOFF_MAX_DOC = "The longest backoff between attempts.";
  public static final long DEFAULT_RETRY_BACKOFF_MAX = RetryPolicy.defaults().maxDelay().toMillis();

  public static final String REQUEST_TIMEOUT_CONFIG = "request.timeout.ms";
  static final String REQUEST_TIMEOUT_DOC =
      "How long one storage request may take, retries excluded (s3).";
  public static final long DEFAULT_REQUEST_TIMEOUT =
      S3StoreSettings.DEFAULT_API_CALL_TIMEOUT.toMillis();

  public static final String ENCRYPTION_KEY_RING_CONFIG = "encryption.key.ring";
  static final String ENCRYPTION_KEY_RING_DOC =
      "Master keys for client-side encryption, as comma-separated 'id:base64' pairs of 32-byte"
          + " AES-256 keys (ids of letters, digits, '.', '_' and '-'). Unset: segments are stored"
          + " in the clear. Keep every key that wrapped a stored segment: a segment whose key is"
          + " gone cannot be read. Never logged.";

  public static final String ENCRYPTION_KEY_ID_CONFIG = "encryption.key.id";
  static final String ENCRYPTION_KEY_ID_DOC =
      "The id in "
          + ENCRYPTION_KEY_RING_CONFIG
          + " of the master key that new segments are encrypted with (AES-256-GCM per chunk, after"
          + " compression, under a data key per segment that this key wraps). Set both or"
          + " neither. To rotate, add a new key to the ring and name it here.";

  private static final String STORAGE = "Storage";
  private static final String ENCRYPTION = "Encryption";
  private static final String LAYOUT = "Object layout";
  private static final String TUNING = "Performance";

  private TieringConfigDef() {}

  /** A new definition of every key; callers may print or extend it. */
  public static ConfigDef create() {
    ConfigDef def = new ConfigDef();
    int order = 0;
    def.define(
        BACKEND_CONFIG,
        Type.STRING,
        ConfigDef.NO_DEFAULT_VALUE,
        TieringValidators.oneOf("s3", "minio", "filesystem"),
        Importance.HIGH,
        BACKEND_DOC,
        STORAGE,
        ++order,
        ConfigDef.Width.SHORT,
        BACKEND_CONFIG);
    def.define(
        BUCKET_CONFIG,
        Type.STRING,
        null,
        new NonEmptyString(),
        Importance.HIGH,
        BUCKET_DOC,
        STORAGE,
        ++order,
        ConfigDef.Width.MEDIUM,
        BUCKET_CONFIG);
    def.define(
        REGION_CONFIG,
        Type.STRING,
        DEFAULT_REGION,
        new NonEmptyString(),
        Importance.MEDIUM,
        REGION_DOC,
        STORAGE,
        ++order,
        ConfigDef.Width.SHORT,
        REGION_CONFIG);
    def.define(
        ENDPOINT_CONFIG,
        Type.STRING,
        null,
        TieringValidators.httpUrl(),
        Importance.MEDIUM,
        ENDPOINT_DOC,
        STORAGE,
        ++order,
        ConfigDef.Width.LONG,
        ENDPOINT_CONFIG);
    def.define(
        PATH_STYLE_CONFIG,
        Type.BOOLEAN,
        false,
        Importance.LOW,
        PATH_STYLE_DOC,
        STORAGE,
        ++order,
        ConfigDef.Width.SHORT,
        PATH_STYLE_CONFIG);
    def.define(
        ACCESS_KEY_CONFIG,
        Type.PASSWORD,
        null,
        Importance.MEDIUM,
        ACCESS_KEY_DOC,
        STORAGE,
        ++order,
        ConfigDef.Width.MEDIUM,
        ACCESS_KEY_CONFIG);
    def.define(
        SECRET_KEY_CONFIG,
        Type.PASSWORD,
        null,
        Importance.MEDIUM,
        SECRET_KEY_DOC,
        STORAGE,
        ++order,
        ConfigDef.Width.MEDIUM,
        SECRET_KEY_CONFIG);
    def.define(
        FILESYSTEM_ROOT_CONFIG,
        Type.STRING,
        null,
        Importance.MEDIUM,
        FILESYSTEM_ROOT_DOC,
        STORAGE,
        ++order,
        ConfigDef.Width.LONG,
        FILESYSTEM_ROOT_CONFIG);
    def.define(
        STORAGE_CLASS_RULES_CONFIG,
        Type.STRING,
        "",
        TieringValidators.storageClassRules(),
        Importance.MEDIUM,
        STORAGE_CLASS_RULES_DOC,
        STORAGE,
        ++order,
        ConfigDef.Width.LONG,
        STORAGE_CLASS_RULES_CONFIG);
    def.define(
        STORAGE_CLASS_DEFAULT_CONFIG,
        Type.STRING,
        DEFAULT_STORAGE_CLASS,
        TieringValidators.storageClass(),
        Importance.MEDIUM,
        STORAGE_CLASS_DEFAULT_DOC,
        STORAGE,
        ++order,
        ConfigDef.Width.SHORT,
        STORAGE_CLASS_DEFAULT_CONFIG);
    order = 0;
    def.define(
        KEY_PREFIX_CONFIG,
        Type.STRING,
        DEFAULT_KEY_PREFIX,
        TieringValidators.keyPrefix(),
        Importance.MEDIUM,
        KEY_PREFIX_DOC,
        LAYOUT,
        ++order,
        ConfigDef.Width.MEDIUM,
        KEY_PREFIX_CONFIG);
    def.define(
        KEY_PREFIX_SALTING_CONFIG,
        Type.BOOLEAN,
        false,
        Importance.LOW,
        KEY_PREFIX_SALTING_DOC,
        LAYOUT,
        ++order,
        ConfigDef.Width.SHORT,
        KEY_PREFIX_SALTING_CONFIG);
    def.define(
        CHUNK_SIZE_CONFIG,
        Type.INT,
        DEFAULT_CHUNK_SIZE,
        Range.between(
            SegmentStoreSettings.MIN_CHUNK_SIZE_BYTES, SegmentStoreSettings.MAX_CHUNK_SIZE_BYTES),
        Importance.MEDIUM,
        CHUNK_SIZE_DOC,
        LAYOUT,
        ++order,
        ConfigDef.Width.SHORT,
        CHUNK_SIZE_CONFIG);
    def.define(
        COMPRESSION_CONFIG,
        Type.STRING,
        "none",
        TieringValidators.oneOf("none", "zstd"),
        Importance.MEDIUM,
        COMPRESSION_DOC,
        LAYOUT,
        ++order,
        ConfigDef.Width.SHORT,
        COMPRESSION_CONFIG);
    order = 0;
    def.define(
        CACHE_SIZE_CONFIG,
        Type.LONG,
        DEFAULT_CACHE_SIZE,
        Range.atLeast(0),
        Importance.MEDIUM,
        CACHE_SIZE_DOC,
        TUNING,
        ++order,
        ConfigDef.Width.SHORT,
        CACHE_SIZE_CONFIG);
    def.define(
        READ_AHEAD_SIZE_CONFIG,
        Type.LONG,
        DEFAULT_READ_AHEAD_SIZE,
        Range.atLeast(0),
        Importance.MEDIUM,
        READ_AHEAD_SIZE_DOC,
        TUNING,
        ++order,
        ConfigDef.Width.SHORT,
        READ_AHEAD_SIZE_CONFIG);
    def.define(
        DISK_CACHE_PATH_CONFIG,
        Type.STRING,
        null,
        TieringValidators.absolutePathOrUnset(),
        Importance.LOW,
        DISK_CACHE_PATH_DOC,
        TUNING,
        ++order,
        ConfigDef.Width.LONG,
        DISK_CACHE_PATH_CONFIG);
    def.define(
        DISK_CACHE_SIZE_CONFIG,
        Type.LONG,
        DEFAULT_DISK_CACHE_SIZE,
        Range.atLeast(1),
        Importance.LOW,
        DISK_CACHE_SIZE_DOC,
        TUNING,
        ++order,
        ConfigDef.Width.SHORT,
        DISK_CACHE_SIZE_CONFIG);
    def.define(
        PREFETCH_CONFIG,
        Type.INT,
        DEFAULT_PREFETCH,
        Range.between(0, SegmentStoreSettings.MAX_PREFETCH_CHUNKS),
        Importance.MEDIUM,
        PREFETCH_DOC,
        TUNING,
        ++order,
        ConfigDef.Width.SHORT,
        PREFETCH_CONFIG);
    def.define(
        MAX_INDEX_SIZE_CONFIG,
        Type.LONG,
        DEFAULT_MAX_INDEX_SIZE,
        Range.between(1, SegmentStoreSettings.MAX_INDEX_BYTES_LIMIT),
        Importance.LOW,
        MAX_INDEX_SIZE_DOC,
        TUNING,
        ++order,
        ConfigDef.Width.SHORT,
        MAX_INDEX_SIZE_CONFIG);
    def.define(
        UPLOAD_RATE_CONFIG,
        Type.LONG,
        null,
        TieringValidators.positiveOrUnset(),
        Importance.MEDIUM,
        UPLOAD_RATE_DOC,
        TUNING,
        ++order,
        ConfigDef.Width.SHORT,
        UPLOAD_RATE_CONFIG);
    def.define(
        PART_SIZE_CONFIG,
        Type.INT,
        DEFAULT_PART_SIZE,
        Range.between(S3StoreSettings.MIN_PART_SIZE_BYTES, S3StoreSettings.MAX_PART_SIZE_BYTES),
        Importance.LOW,
        PART_SIZE_DOC,
        TUNING,
        ++order,
        ConfigDef.Width.SHORT,
        PART_SIZE_CONFIG);
    def.define(
        UPLOAD_PARALLELISM_CONFIG,
        Type.INT,
        DEFAULT_UPLOAD_PARALLELISM,
        Range.between(1, 64),
        Importance.LOW,
        UPLOAD_PARALLELISM_DOC,
        TUNING,
        ++order,
        ConfigDef.Width.SHORT,
        UPLOAD_PARALLELISM_CONFIG);
    def.define(
        RETRY_ATTEMPTS_CONFIG,
        Type.INT,
        DEFAULT_RETRY_ATTEMPTS,
        Range.between(1, 100),
        Importance.LOW,
        RETRY_ATTEMPTS_DOC,
        TUNING,
        ++order,
        ConfigDef.Width.SHORT,
        RETRY_ATTEMPTS_CONFIG);
    def.define(
        RETRY_BACKOFF_CONFIG,
        Type.LONG,
        DEFAULT_RETRY_BACKOFF,
        Range.atLeast(0),
        Importance.LOW,
        RETRY_BACKOFF_DOC,
        TUNING,
        ++order,
        ConfigDef.Width.SHORT,
        RETRY_BACKOFF_CONFIG);
    def.define(
        RETRY_BACKOFF_MAX_CONFIG,
        Type.LONG,
        DEFAULT_RETRY_BACKOFF_MAX,
        Range.atLeast(1),
        Importance.LOW,
        RETRY_BACKOFF_MAX_DOC,
        TUNING,
        ++order,
        ConfigDef.Width.SHORT,
        RETRY_BACKOFF_MAX_CONFIG);
    def.define(
        REQUEST_TIMEOUT_CONFIG,
        Type.LONG,
        DEFAULT_REQUEST_TIMEOUT,
        Range.atLeast(1),
        Importance.LOW,
        REQUEST_TIMEOUT_DOC,
        TUNING,
        ++order,
        ConfigDef.Width.SHORT,
        REQUEST_TIMEOUT_CONFIG);
    order = 0;
    def.define(
        ENCRYPTION_KEY_RING_CONFIG,
        Type.PASSWORD,
        null,
        Importance.MEDIUM,
        ENCRYPTION_KEY_RING_DOC,
        ENCRYPTION,
        ++order,
        ConfigDef.Width.LONG,
        ENCRYPTION_KEY_RING_CONFIG);
    def.define(
        ENCRYPTION_KEY_ID_CONFIG,
        Type.STRING,
        null,
        Importance.MEDIUM,
        ENCRYPTION_KEY_ID_DOC,
        ENCRYPTION,
        ++order,
        ConfigDef.Width.SHORT,
        ENCRYPTION_KEY_ID_CONFIG);
    return def;
  }
}
