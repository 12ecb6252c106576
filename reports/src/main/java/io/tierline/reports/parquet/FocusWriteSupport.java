package io.tierline.reports.parquet;

import io.tierline.reports.focus.FocusColumn;
import io.tierline.reports.focus.FocusRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/** Feeds FOCUS records to Parquet column by column, without an intermediate object model. */
final class FocusWriteSupport extends WriteSupport<FocusRecord> {
  private static final FocusColumn[] COLUMNS = FocusColumn.values();
  private final Map<String, String> metadata;
  private RecordConsumer consumer;

  FocusWriteSupport(Map<String, String> metadata) {
    this.metadata = Map.copyOf(metadata);
  }

  @Override
  public WriteContext init(Configuration configuration) {
    return new WriteContext(FocusParquetSchema.SCHEMA, metadata);
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.consumer = recordConsumer;
  }

  @Override
  public void write(FocusRecord record) {
    consumer.startMessage();
    for (int i = 0; i < COLUMNS.length; i++) {
      FocusColumn column = COLUMNS[i];
      Object value = column.valueOf(record);
      if (value == null) {
        // An optional column's null is a field left out of the record.
        continue;
      }
      consumer.startField(column.columnName(), i);
      switch (column.type()) {
        case TIMESTAMP -> consumer.addLong(micros((Instant) value));
        // At the column's scale, the unscaled value is the stored integer; never rounded here.
        case DECIMAL, PRICE ->
            consumer.addLong(
                ((BigDecimal) value)
                    .setScale(column.type().scale())
                    .unscaledValue()
                    .longValueExact());
        case STRING -> consumer.addBinary(Binary.fromString((String) value));
        case INT64 -> consumer.addLong((Long) value);
      }
      consumer.endField(column.columnName(), i);
    }
    consumer.endMessage();
  }

  private static long micros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
  }
}
