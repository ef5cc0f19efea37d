import { describe, expect, it } from 'vitest';
import { TOTAL_ROW } from '../../../../src/core/ingest/index.ts';
import { importWorkbook, tableOf } from './helpers.ts';
import type { XBook, XCell } from '../../../support/xlsx-writer.ts';

/** A report sheet: title, blank row, header on row 3, three orders, a total row. */
function salesSheet(name = 'Sales'): XBook['sheets'][number] {
  const rows: XCell[][] = [
    ['Sales report, March 2024'],
    [],
    ['Customer ID', 'Order date', 'Amount', 'Product'],
    ['00017', { date: '2024-03-01' }, 120.5, 'Coffee'],
    ['00018', { date: '2024-03-15', time: '18:30' }, 80, 'Tea'],
    ['00017', { date: '2024-03-31' }, { error: '#N/A' }, 'Cake'],
    ['00019', { date: '2024-03-31' }, 15.25, 'Cake'],
    ['Total', null, 215.75, null],
  ];
  return { name, rows, after: '<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>' };
}

describe('sheets of a workbook', () => {
  it('picks the sheet that looks like transactions and counts every sheet', async () => {
    const table = await tableOf({
      sheets: [
        {
          name: 'Read me',
          rows: [['This workbook holds the March orders.'], ['See the next sheet.']],
        },
        salesSheet(),
        {
          name: 'Products',
          rows: [
            ['Product', 'Price'],
            ['Coffee', 3],
            ['Tea', 2],
          ],
        },
      ],
    });
    expect(table.sheet).toBe('Sales');
    expect(table.sheets).toEqual([
      { name: 'Read me', rows: 2, hidden: false },
      { name: 'Sales', rows: 7, hidden: false },
      { name: 'Products', rows: 3, hidden: false },
    ]);
  });

  it('does not pick a hidden sheet, but reads it when named', async () => {
    const book: XBook = {
      sheets: [
        { ...salesSheet('Old'), hidden: true },
        { name: 'Notes', rows: [['x']] },
        salesSheet('New'),
      ],
    };
    expect((await tableOf(book)).sheet).toBe('New');
    expect((await tableOf(book, { sheet: 'old' })).sheet).toBe('Old');
    await expect(tableOf(book, { sheet: 'Missing' })).rejects.toThrow(
      'This workbook has no sheet "Missing"; its sheets are "Old", "Notes", "New".',
    );
  });

  it('refuses an empty sheet by name', async () => {
    const book: XBook = { sheets: [salesSheet(), { name: 'Empty', rows: [] }] };
    await expect(tableOf(book, { sheet: 'Empty' })).rejects.toThrow('The sheet "Empty" is empty');
  });

  it('imports a report sheet: title skipped, dates from date cells, errors and totals rejected', async () => {
    const { detection, builder, columns } = await importWorkbook({ sheets: [salesSheet()] });
    expect(detection.settings.headerRow).toBe(3);
    expect(detection.settings.dateFormat).toBe('iso');
    expect(detection.settings.decimal).toBe('.');
    expect(detection.headers).toEqual(['Customer ID', 'Order date', 'Amount', 'Product']);
    expect(builder.rowCount).toBe(3);
    expect(columns.customerIds).toEqual(['00017', '00018', '00019']);
    expect(Array.from(columns.amount)).toEqual([120.5, 80, 15.25]);
    expect(builder.rejected).toEqual([
      { line: 6, column: 'Amount', reason: 'error value #N/A in the cell' },
      { line: 8, column: null, reason: TOTAL_ROW },
    ]);
  });

  it('reads text cells holding dates and amounts as the CSV path does', async () => {
    const { detection, builder, columns } = await importWorkbook({
      sheets: [
        {
          name: 'S',
          rows: [
            ['Клиент', 'Дата', 'Сумма'],
            ['001', '31.03.2024', '1 234,56'],
            ['002', '01.04.2024', '99,90'],
            ['003', '15.04.2024', '2 000,00'],
          ],
        },
      ],
    });
    expect(detection.settings.dateFormat).toBe('dmy');
    expect(detection.settings.decimal).toBe(',');
    expect(builder.rowCount).toBe(3);
    expect(Array.from(columns.amount)).toEqual([1234.56, 99.9, 2000]);
    expect(columns.customerIds).toEqual(['001', '002', '003']);
  });

  it('rejects an error value in the customer id', async () => {
    const { builder } = await importWorkbook({
      sheets: [
        {
          name: 'S',
          rows: [
            ['Customer', 'Date', 'Amount'],
            [{ error: '#REF!' }, { date: '2024-01-02' }, 5],
            ['A', { date: '2024-01-03' }, 6],
            ['B', { serial: 60 }, 7],
          ],
        },
      ],
    });
    expect(builder.rowCount).toBe(1);
    expect(builder.rejected.map((r) => r.reason)).toEqual([
      'error value #REF! in the cell',
      'unreadable date "1900-02-29"',
    ]);
  });
});
