import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  detectSummaryColumns,
  parseSummaryRows,
  readAllRows,
  summarySql,
} from '../../../src/core/index.ts';

/** The published values are rounded to 2 decimals: half a unit of the last digit, plus float slack. */
const HALF_CENT = 0.005 + 1e-9;

const data = (name: string) => new URL(`../../fixtures/cdnow/${name}`, import.meta.url);

/**
 * The generated DuckDB SQL, run for real on the CDNOW sample transactions with the 39-week
 * calibration ending 1997-09-30, must give the published summary (Fader, Hardie & Lee 2005:
 * cdnow_customers_summary_with_transactions.csv — x, t_x, T in weeks rounded to 2 decimals,
 * zbar the mean repeat-purchase-day value rounded to cents), and its CSV output must import
 * back as a summary data set.
 */
describe('warehouse SQL on DuckDB', () => {
  it('reproduces the published CDNOW calibration summary and imports back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenure-sql-'));
    const rows = readFileSync(data('CDNOW_sample.txt'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/));
    const csv = ['customer_id,date,amount'];
    // Columns: master id, id within the sample (the published summary's ID), yyyymmdd, CDs, dollars.
    for (const [, id, ymd, , dollars] of rows) {
      csv.push(
        `${Number(id)},${ymd!.slice(0, 4)}-${ymd!.slice(4, 6)}-${ymd!.slice(6, 8)},${dollars}`,
      );
    }
    writeFileSync(join(dir, 'tx.csv'), csv.join('\n'));

    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    await connection.run(
      `CREATE TABLE transactions AS SELECT * FROM read_csv('${join(dir, 'tx.csv')}', header = true, columns = {'customer_id': 'VARCHAR', 'date': 'DATE', 'amount': 'DOUBLE'})`,
    );
    const sql = summarySql({ dialect: 'duckdb', unit: 'week', end: dayNumber(1997, 9, 30) });
    const result = await connection.runAndReadAll(sql);
    const computed = new Map(
      result.getRowObjectsJS().map((r) => [
        r.customer_id as string,
        {
          x: Number(r.frequency),
          tx: Number(r.recency),
          T: Number(r.T),
          m: Number(r.monetary_value),
        },
      ]),
    );

    const published = readFileSync(data('cdnow_customers_summary_with_transactions.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').map(Number));
    // Customers who first bought after the calibration end are in neither table.
    expect(computed.size).toBe(published.length);
    let checked = 0;
    for (const [id, x, tx, T, zbar] of published) {
      const row = computed.get(String(id));
      expect(row, `customer ${id}`).toBeDefined();
      expect(row!.x).toBe(x);
      expect(Math.abs(row!.tx - tx!)).toBeLessThanOrEqual(HALF_CENT);
      expect(Math.abs(row!.T - T!)).toBeLessThanOrEqual(HALF_CENT);
      expect(Math.abs(row!.m - zbar!)).toBeLessThanOrEqual(HALF_CENT);
      checked++;
    }
    expect(checked).toBe(2357);

    // The warehouse output, saved as CSV, reads back as a per-customer summary.
    const lines = ['customer_id,frequency,recency,T,monetary_value'];
    for (const [id, r] of computed) lines.push([id, r.x, r.tx, r.T, r.m].join(','));
    const raw = readAllRows(lines.join('\n') + '\n', ',');
    const headers = raw.rows[0]!;
    const { summary, rejected } = parseSummaryRows(raw, headers, {
      hasHeader: true,
      columns: detectSummaryColumns(headers),
    });
    expect(rejected).toEqual([]);
    expect(summary.ids).toHaveLength(2357);
    connection.closeSync();
  });
});
