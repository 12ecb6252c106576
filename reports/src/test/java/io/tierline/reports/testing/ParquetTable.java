package io.tierline.reports.testing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/** A Parquet file read back with parquet-java, each value decoded by its logical type. */
public record ParquetTable(FileMetaData metadata, String codecs, List<Map<String, Object>> rows) {

  public static ParquetTable read(byte[] file) throws IOException {
    Path path = Files.createTempFile("report", ".parquet");
    try {
      Files.write(path, file);
      return read(path);
    } finally {
      Files.delete(path);
    }
  }

  public static ParquetTable read(Path path) throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(path))) {
      FileMetaData metadata = reader.getFooter().getFileMetaData();
      MessageType schema = metadata.getSchema();
      StringBuilder codecs = new StringBuilder();
      reader
          .getFooter()
          .getBlocks()
          .forEach(
              block ->
                  block
                      .getColumns()
                      .forEach(column -> codecs.append(column.getCodec()).append(' ')));
      List<Map<String, Object>> rows = new ArrayList<>();
      PageReadStore pages;
      while ((pages = reader.readNextRowGroup()) != null) {
        RecordReader<Group> records =
            new ColumnIOFactory()
                .getColumnIO(schema)
                .getRecordReader(pages, new GroupRecordConverter(schema));
        for (long i = 0; i < pages.getRowCount(); i++) {
          rows.add(decode(schema, records.read()));
        }
      }
      return new ParquetTable(metadata, codecs.toString().trim(), rows);
    }
  }

  private static Map<String, Object> decode(MessageType schema, Group group) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < schema.getFieldCount(); i++) {
      Type field = schema.getType(i);
      LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
      Object value;
      if (group.getFieldRepetitionCount(i) == 0) {
        value = null;
      } else if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
        value = BigDecimal.valueOf(group.getLong(i, 0), decimal.getScale());
      } else if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation) {
        value = Instant.EPOCH.plus(group.getLong(i, 0), ChronoUnit.MICROS);
      } else if (logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation) {
        value = group.getString(i, 0);
      } else {
        value = group.getLong(i, 0);
      }
      row.put(field.getName(), value);
    }
    return row;
  }

  /**
   * The schema, the writer's key-value metadata and every row, one per line: what the golden file
   * holds.
   */
  public String dump() {
    StringBuilder text = new StringBuilder(metadata.getSchema().toString()).append('\n');
    metadata.getKeyValueMetaData().entrySet().stream()
        .filter(entry -> entry.getKey().startsWith("tierline."))
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry -> text.append(entry.getKey()).append('=').append(entry.getValue()).append('\n'));
    text.append("codecs: ")
        .append(String.join(" ", new TreeSet<>(List.of(codecs.split(" ")))))
        .append('\n');
    rows.forEach(row -> text.append(row).append('\n'));
    return text.toString();
  }
}
