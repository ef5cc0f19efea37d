import { describe, expect, it } from 'vitest';
import { tableSource } from '../../../../workers/import/xlsx-source.ts';
import { bytesSource, workbookTable } from '../../../../src/core/ingest/xlsx/index.ts';
import { nodeInflate } from '../../../../src/cli/xlsx.ts';
import { buildXlsx, type XBook } from '../../../support/xlsx-writer.ts';

const book: XBook = {
  sheets: [
    { name: 'Notes', rows: [['hello']] },
    {
      name: 'Orders',
      rows: [
        ['Customer', 'Date', 'Amount'],
        ...Array.from({ length: 3000 }, (_, i) => [`C${i % 40}`, { date: '2024-05-06' }, i]),
      ],
    },
  ],
};

describe('workbooks in the import worker', () => {
  it('reads a workbook file through DecompressionStream as the CSV of its sheet', async () => {
    const bytes = buildXlsx(book);
    const file = new File([bytes], 'orders.xlsx');
    const source = await tableSource(file);
    expect(source.workbook).toEqual({
      sheet: 'Orders',
      sheets: [
        { name: 'Notes', rows: 1, hidden: false },
        { name: 'Orders', rows: 3001, hidden: false },
      ],
    });
    expect(source.fixed).toEqual({ encoding: 'utf-8', delimiter: ',' });
    const text = await source.blob.text();
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Customer,Date,Amount',
      'C0,2024-05-06,0',
      'C1,2024-05-06,1',
    ]);
    // A CSV file passes as it is, without loading the reader.
    const csv = new File(['a,b\n1,2\n'], 'a.csv');
    expect((await tableSource(csv)).blob).toBe(csv);
  });

  it('says a damaged workbook is incomplete through DecompressionStream too', async () => {
    const bytes = buildXlsx(book).slice();
    bytes.fill(0x41, 2000, 2400);
    await expect(tableSource(new File([bytes], 'cut.xlsx'))).rejects.toThrow(/incomplete/);
  });

  it('stops unpacking when cancelled', async () => {
    let asked = 0;
    const table = await workbookTable(bytesSource(buildXlsx(book)), nodeInflate, {
      sheet: 'Orders',
      isCancelled: () => ++asked > 0,
    });
    expect(table).toBe('cancelled');
  });
});
