package io.tierline.reports.parquet;

import io.tierline.reports.Report;
import io.tierline.reports.focus.FocusColumn;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * The Parquet schema of the FOCUS columns, each with its logical type: required, except the columns
 * that may be empty (null).
 */
final class FocusParquetSchema {
  static final MessageType SCHEMA = build();

  private FocusParquetSchema() {}

  private static MessageType build() {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (FocusColumn column : FocusColumn.values()) {
      message.addField(field(column));
    }
    return message.named("focus_cost");
  }

  private static Type field(FocusColumn column) {
    Repetition repetition = column.nullable() ? Repetition.OPTIONAL : Repetition.REQUIRED;
    return switch (column.type()) {
      case TIMESTAMP ->
          Types.primitive(PrimitiveTypeName.INT64, repetition)
              .as(LogicalTypeAnnotation.timestampType(true, TimeUnit.MICROS))
              .named(column.columnName());
      // Precision 18 fits a 64-bit integer, which every reader decodes fastest.
      case DECIMAL, PRICE ->
          Types.primitive(PrimitiveTypeName.INT64, repetition)
              .as(
                  LogicalTypeAnnotation.decimalType(
                      column.type().scale(), Report.DECIMAL_PRECISION))
              .named(column.columnName());
      case STRING ->
          Types.primitive(PrimitiveTypeName.BINARY, repetition)
              .as(LogicalTypeAnnotation.stringType())
              .named(column.columnName());
      case INT64 -> Types.primitive(PrimitiveTypeName.INT64, repetition).named(column.columnName());
    };
  }
}
