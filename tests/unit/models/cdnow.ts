/** Loaders for the CDNOW data in tests/fixtures/cdnow (Fader & Hardie's 1/10th sample of CDNOW customers). */
import { readFileSync } from 'node:fs';
import { dayNumber, type TransactionColumns } from '../../../src/core/model.ts';
import { summaryFromColumns, type CustomerSummary } from '../../../src/core/models/index.ts';

const data = (name: string) => new URL(`../../fixtures/cdnow/${name}`, import.meta.url);

/** The published 39-week calibration summary: ID, x, t_x, T (weeks), zbar. */
export interface PublishedRow {
  id: number;
  x: number;
  tx: number;
  T: number;
  zbar: number;
}

export function publishedRows(): PublishedRow[] {
  const text = readFileSync(data('cdnow_customers_summary_with_transactions.csv'), 'utf8');
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [id, x, tx, T, zbar] = line.split(',').map(Number) as [
        number,
        number,
        number,
        number,
        number,
      ];
      return { id, x, tx, T, zbar };
    });
}

export function publishedSummary(): CustomerSummary {
  const rows = publishedRows();
  return summaryFromColumns(
    rows.map((r) => String(r.id)),
    rows.map((r) => r.x),
    rows.map((r) => r.tx),
    rows.map((r) => r.T),
    rows.map((r) => r.zbar),
    'week',
  );
}

/**
 * CDNOW_sample.txt as columns: whitespace-separated customer_id, id_in_sample, yyyymmdd,
 * cds, dollars. Customer index = id_in_sample − 1, so ids match the published summary's ID.
 */
export function sampleColumns(): TransactionColumns {
  const lines = readFileSync(data('CDNOW_sample.txt'), 'utf8').trim().split('\n');
  const customer = new Int32Array(lines.length);
  const day = new Int32Array(lines.length);
  const amount = new Float64Array(lines.length);
  let customers = 0;
  lines.forEach((line, i) => {
    const [, sampleId, date, , dollars] = line.trim().split(/\s+/) as [
      string,
      string,
      string,
      string,
      string,
    ];
    const id = Number(sampleId);
    customer[i] = id - 1;
    day[i] = dayNumber(
      Number(date.slice(0, 4)),
      Number(date.slice(4, 6)),
      Number(date.slice(6, 8)),
    );
    amount[i] = Number(dollars);
    customers = Math.max(customers, id);
  });
  return {
    customer,
    day,
    amount,
    customerIds: Array.from({ length: customers }, (_, i) => String(i + 1)),
  };
}
