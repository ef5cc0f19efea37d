import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeTransactions, isoDate } from '../../../../src/core/index.ts';
import { importWorkbook, tableOf } from './helpers.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/xlsx/${name}`, import.meta.url)));

async function summary(name: string) {
  const { table, detection, builder, columns } = await importWorkbook(fixture(name));
  const s = summarizeTransactions(columns);
  return {
    sheet: table.sheet,
    dateFormat: detection.settings.dateFormat,
    rows: s.rows,
    customers: s.customers,
    revenue: Math.round(s.revenue * 100) / 100,
    first: s.firstDay === null ? null : isoDate(s.firstDay),
    last: s.lastDay === null ? null : isoDate(s.lastDay),
    rejected: builder.rejected,
  };
}

describe('workbooks written by LibreOffice Calc', () => {
  it('reads a two-sheet workbook with a title, date cells, a hidden column and a total', async () => {
    const expected = {
      sheet: 'Orders',
      dateFormat: 'iso',
      rows: 6,
      customers: 3,
      revenue: 1500.25,
      first: '2024-01-05',
      last: '2024-03-31',
      rejected: [{ line: 10, column: null, reason: 'total row' }],
    };
    expect(await summary('orders-q1.xlsx')).toEqual(expected);
    expect(await summary('orders-q1-1904.xlsx')).toEqual(expected);
    const table = await tableOf(fixture('orders-q1.xlsx'));
    expect(table.sheets).toEqual([
      { name: 'Notes', rows: 2, hidden: false },
      { name: 'Orders', rows: 9, hidden: false },
    ]);
    expect(table.csv.split('\n')[3]).toBe('0007,2024-01-05,100,Beans,x');
  });

  it('reads text cells as the CSV path does and rejects #N/A', async () => {
    expect(await summary('sales-ru-text.xlsx')).toEqual({
      sheet: 'Продажи',
      dateFormat: 'dmy',
      rows: 3,
      customers: 3,
      revenue: 3334.46,
      first: '2024-03-31',
      last: '2024-04-20',
      rejected: [
        { line: 4, column: 'Сумма', reason: 'error value #N/A in the cell' },
        { line: 6, column: null, reason: 'total row' },
      ],
    });
  });
});
