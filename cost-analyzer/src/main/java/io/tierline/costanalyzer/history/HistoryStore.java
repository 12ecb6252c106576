package io.tierline.costanalyzer.history;

import io.tierline.costanalyzer.errors.CostAnalyzerException;
import io.tierline.reports.Report;
import io.tierline.reports.ReportFormat;
import io.tierline.reports.ReportWriters;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;

/**
 * Per-topic costs over time, one FOCUS Parquet file per cluster and recording: {@code
 * <directory>/<cluster>/<epoch millis>.parquet}, written through the reports module's Parquet
 * writer, so that finance tools can load the history as it is. A file appears whole or not at all
 * (written aside, then moved).
 */
public final class HistoryStore {

  private static final String SUFFIX = ".parquet";

  private final Path directory;

  public HistoryStore(Path directory) {
    this.directory = directory;
  }

  /** One recording: when, and each topic's monthly cost at that time. */
  public record Recording(Instant at, BigDecimal total, Map<String, BigDecimal> byTopic) {}

  public void record(Report report, Instant at) {
    Path dir = directory.resolve(report.cluster());
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".recording", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        ReportWriters.forFormat(ReportFormat.PARQUET).write(report, out);
      }
      Files.move(
          tmp,
          dir.resolve(at.toEpochMilli() + SUFFIX),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record history in " + dir, e);
    }
  }

  /** The recordings of a cluster in {@code [from, to)}, oldest first. */
  public List<Recording> read(String cluster, Instant from, Instant to) {
    return read(cluster, from, to, null);
  }

  /**
   * The last recording of each {@code step} from {@code from} on, oldest first. Only those files
   * are read, so a long range of frequent recordings costs one file per step.
   */
  public List<Recording> read(String cluster, Instant from, Instant to, Duration step) {
    Path dir = directory.resolve(cluster);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    TreeMap<Instant, Path> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.forEach(
          f ->
              at(f)
                  .filter(t -> !t.isBefore(from) && t.isBefore(to))
                  .ifPresent(t -> files.put(t, f)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    TreeMap<Long, Map.Entry<Instant, Path>> chosen = new TreeMap<>();
    long n = 0;
    for (Map.Entry<Instant, Path> e : files.entrySet()) {
      chosen.put(step == null ? n++ : Duration.between(from, e.getKey()).dividedBy(step), e);
    }
    List<Recording> out = new ArrayList<>();
    chosen.values().forEach(e -> out.add(readFile(e.getKey(), e.getValue())));
    return out;
  }

  private static Optional<Instant> at(Path file) {
    String name = file.getFileName().toString();
    if (!name.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Instant.ofEpochMilli(Long.parseLong(name.substring(0, name.length() - SUFFIX.length()))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Recording readFile(Instant at, Path file) {
    Map<String, BigDecimal> byTopic = new TreeMap<>();
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      int cost = schema.getFieldIndex("BilledCost");
      int topic = schema.getFieldIndex("ResourceName");
      int scale =
          ((DecimalLogicalTypeAnnotation) schema.getType(cost).getLogicalTypeAnnotation())
              .getScale();
      PageReadStore pages;
      while ((pages = reader.readNextRowGroup()) != null) {
        RecordReader<Group> records =
            new ColumnIOFactory()
                .getColumnIO(schema)
                .getRecordReader(pages, new GroupRecordConverter(schema));
        for (long i = 0; i < pages.getRowCount(); i++) {
          Group g = records.read();
          byTopic.merge(
              g.getString(topic, 0),
              BigDecimal.valueOf(g.getLong(cost, 0), scale),
              BigDecimal::add);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new CostAnalyzerException(
          "history file " + file + " cannot be read: " + e.getMessage(), e);
    }
    BigDecimal total = byTopic.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Recording(at, total, byTopic);
  }
}
