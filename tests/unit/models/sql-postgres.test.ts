import { PGlite } from '@electric-sql/pglite';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { commands } from '../../../src/cli/commands/index.ts';
import { publishedRows } from './cdnow.ts';

/** The published values are rounded to 2 decimals: half a unit of the last digit, plus float slack. */
const HALF_CENT = 0.005 + 1e-9;

const data = (name: string) => new URL(`../../fixtures/cdnow/${name}`, import.meta.url);

/** What `tenure sql …` prints on stdout, with its exit code. */
async function cliSql(line: string): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(
    (chunk) => ((stdout += String(chunk)), true),
  );
  const code = await commands.sql!.run(parseArgs(line.split(' ')));
  vi.restoreAllMocks();
  return { code, stdout };
}

/** CDNOW_sample.txt as warehouse-shaped CSV: customer_id (the sample id), date, amount. */
function transactionsCsv(): string {
  const csv = ['customer_id,date,amount'];
  // Columns: master id, id within the sample (the published summary's ID), yyyymmdd, CDs, dollars.
  for (const line of readFileSync(data('CDNOW_sample.txt'), 'utf8').trim().split('\n')) {
    const [, id, ymd, , dollars] = line.trim().split(/\s+/) as [
      string,
      string,
      string,
      string,
      string,
    ];
    csv.push(`${Number(id)},${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)},${dollars}`);
  }
  return csv.join('\n') + '\n';
}

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * `tenure sql --dialect postgres`, run for real on Postgres (PGlite: Postgres compiled to
 * WebAssembly, in process, no server) over the CDNOW sample transactions with the 39-week
 * calibration ending 1997-09-30, must give the published summary (Fader, Hardie & Lee 2005:
 * cdnow_customers_summary_with_transactions.csv — x exact, t_x and T in weeks and zbar to
 * 2 decimals). Amounts are NUMERIC and ids TEXT, as a warehouse would hold them.
 */
describe('warehouse SQL on Postgres (PGlite)', () => {
  // PGlite's start (9 MB of WebAssembly compiled, then initdb) is nearly all of the time: the
  // test took 9–19 s on a 2-core machine shared with other work, hence the longer timeout.
  it('reproduces the published CDNOW calibration summary', async () => {
    const { code, stdout: sql } = await cliSql('--dialect postgres --end 1997-09-30');
    expect(code).toBe(0);
    expect(sql).toContain('dialect postgres');

    const db = new PGlite();
    try {
      await db.exec(
        'CREATE TABLE transactions (customer_id TEXT NOT NULL, date DATE NOT NULL, amount NUMERIC(12, 2) NOT NULL)',
      );
      await db.query("COPY transactions FROM '/dev/blob' WITH (FORMAT csv, HEADER true)", [], {
        blob: new Blob([transactionsCsv()]),
      });
      const loaded = await db.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM transactions');
      expect(loaded.rows[0]!.n).toBe(6919);

      const results = await db.exec(sql);
      const rows = results.at(-1)!.rows as Record<string, unknown>[];
      expect(results.at(-1)!.fields.map((f) => f.name)).toEqual([
        'customer_id',
        'frequency',
        'recency',
        'T',
        'monetary_value',
      ]);
      const computed = new Map(
        rows.map((r) => [
          String(r.customer_id),
          {
            x: Number(r.frequency),
            tx: Number(r.recency),
            T: Number(r.T),
            m: Number(r.monetary_value),
          },
        ]),
      );

      const published = publishedRows();
      // Customers who first bought after the calibration end are in neither table.
      expect(computed.size).toBe(published.length);
      let checked = 0;
      for (const { id, x, tx, T, zbar } of published) {
        const row = computed.get(String(id));
        expect(row, `customer ${id}`).toBeDefined();
        expect(row!.x).toBe(x);
        expect(Math.abs(row!.tx - tx)).toBeLessThanOrEqual(HALF_CENT);
        expect(Math.abs(row!.T - T)).toBeLessThanOrEqual(HALF_CENT);
        expect(Math.abs(row!.m - zbar)).toBeLessThanOrEqual(HALF_CENT);
        checked++;
      }
      expect(checked).toBe(2357);

      // In days, with a start bound before the first purchase: whole days, the same customers.
      const days = await cliSql(
        '--dialect postgres --unit day --start 1997-01-01 --end 1997-09-30',
      );
      const dayRows = (await db.exec(days.stdout)).at(-1)!.rows as Record<string, unknown>[];
      expect(dayRows).toHaveLength(2357);
      for (const r of dayRows) {
        const week = computed.get(String(r.customer_id))!;
        expect(Number.isInteger(Number(r.recency)) && Number.isInteger(Number(r.T))).toBe(true);
        expect(Math.abs(Number(r.recency) / 7 - week.tx)).toBeLessThan(1e-9);
        expect(Math.abs(Number(r.T) / 7 - week.T)).toBeLessThan(1e-9);
      }
    } finally {
      await db.close();
    }
  }, 60_000);
});
