// Reads a Parquet file with DuckDB, an engine independent of the Java writer, and prints what
// the integration test checks: the row count, each column's type, the sum of BilledCost, and how
// many rows break FOCUS's ListUnitPrice x PricingQuantity = ListCost (in DuckDB's exact decimals).
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
if (!file) {
  console.error('usage: node read-parquet.mjs FILE.parquet');
  process.exit(2);
}
const source = `read_parquet('${file.replaceAll("'", "''")}')`;
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const totals = (await connection.runAndReadAll(
  `SELECT count(*)::VARCHAR AS row_count, sum(BilledCost)::VARCHAR AS billed_cost,
          count(DISTINCT ResourceId)::VARCHAR AS resources,
          count(*) FILTER (WHERE ListUnitPrice * PricingQuantity <> ListCost)::VARCHAR AS mismatched
   FROM ${source}`)).getRowObjects()[0];
const columns = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRowObjects();
console.log(JSON.stringify({
  rowCount: totals.row_count,
  sumBilledCost: totals.billed_cost,
  resources: totals.resources,
  listCostMismatches: totals.mismatched,
  columnTypes: Object.fromEntries(columns.map((column) => [column.column_name, column.column_type])),
}));
connection.closeSync();
instance.closeSync();
