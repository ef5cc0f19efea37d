/** A small workspace for backup tests: two transactions data sets with a mapping and settings. */
import { openDb, useDb, type TenureDb } from '../../../src/storage/db.ts';
import { beginDataset, commitDataset, putChunk } from '../../../src/storage/datasets.ts';
import { rememberMapping, setSetting } from '../../../src/storage/workspace.ts';
import {
  EMPTY_SUMMARY,
  mergeSummaries,
  summarizeTransactions,
  type ImportSettings,
  type TransactionColumns,
} from '../../../src/core/index.ts';

export const settings: ImportSettings = {
  encoding: 'utf-8',
  delimiter: ',',
  hasHeader: true,
  decimal: '.',
  thousands: '',
  dateFormat: 'iso',
  columns: { customerId: 0, date: 1, amount: 2, product: 3 },
};

let n = 0;
export function freshDb(): TenureDb {
  const db = openDb(`tenure-hostile-${n++}-${Math.random()}`);
  useDb(db);
  return db;
}

/** Stores a ready data set of `rows` rows in chunks of `chunkRows`; returns its id. */
export async function addDataset(name: string, rows: number, chunkRows = 4): Promise<string> {
  const id = await beginDataset({
    name,
    kind: 'transactions',
    fileName: `${name}.csv`,
    fileSize: 100,
    settings,
    headers: ['customer', 'date', 'amount', 'product'],
    summary: null,
    rejectedCount: 0,
  });
  const customerIds = ['a', 'b', 'c', 'd'];
  const products = ['tea', 'coffee'];
  const all: TransactionColumns = {
    customer: Int32Array.from({ length: rows }, (_, i) => (i * 7) % 4),
    day: Int32Array.from({ length: rows }, (_, i) => 19_000 + i * 3),
    amount: Float64Array.from(
      { length: rows },
      (_, i) => ((i * 37) % 50) + 0.25 - (i % 5 === 0 ? 30 : 0),
    ),
    product: Int32Array.from({ length: rows }, (_, i) => (i % 3) - 1),
    customerIds: [],
  };
  for (let at = 0, index = 0; at < rows; at += chunkRows, index++) {
    const end = Math.min(rows, at + chunkRows);
    await putChunk(id, index, {
      customer: all.customer.slice(at, end),
      day: all.day.slice(at, end),
      amount: all.amount.slice(at, end),
      product: all.product!.slice(at, end),
      customerIds: [],
    });
  }
  // Totals as the import computes them: per chunk, merged in order.
  let summary = EMPTY_SUMMARY;
  for (let at = 0; at < rows; at += chunkRows) {
    const end = Math.min(rows, at + chunkRows);
    summary = mergeSummaries(
      summary,
      summarizeTransactions({
        customer: all.customer.slice(at, end),
        day: all.day.slice(at, end),
        amount: all.amount.slice(at, end),
        customerIds: [],
      }),
    );
  }
  summary = { ...summary, customers: customerIds.length };
  await commitDataset(id, { summary }, { customerIds, products }, []);
  return id;
}

/** Every stored record, for "nothing was changed" comparisons. */
export async function snapshot(db: TenureDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

export async function workspace(): Promise<void> {
  await rememberMapping(['customer', 'date', 'amount', 'product'], settings);
  await setSetting('language', 'en');
}
