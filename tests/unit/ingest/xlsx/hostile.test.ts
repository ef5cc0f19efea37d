import { describe, expect, it } from 'vitest';
import { buildXlsx, workbookParts, zipFile } from '../../../support/xlsx-writer.ts';
import { tableOf } from './helpers.ts';

const sales = {
  sheets: [
    {
      name: 'S',
      rows: [
        ['Customer', 'Date', 'Amount'],
        ...Array.from({ length: 50 }, (_, i) => [`C${i}`, { date: '2024-01-02' }, i]),
      ],
    },
  ],
};

/** An OLE compound file header, with the given stream names in its directory. */
function oleFile(...streams: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let at = 1024;
  for (const name of streams) {
    for (const c of name) {
      bytes[at] = c.charCodeAt(0);
      at += 2;
    }
    at += 128 - name.length * 2;
  }
  return bytes;
}

describe('files that are not readable workbooks', () => {
  it('refuses a sheet wider than the import takes before padding its rows', async () => {
    const parts = workbookParts(sales);
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    parts.set('xl/worksheets/sheet1.xml', sheet.replace('<c r="B2" ', '<c r="XFD2" '));
    const bytes = zipFile([...parts].map(([name, data]) => ({ name, data })));
    await expect(tableOf(bytes)).rejects.toThrow(
      'The sheet "S" has values in 16,384 columns; at most 1,000 are supported.',
    );
  });

  it("refuses rows and columns beyond Excel's limits before padding anything", async () => {
    for (const [from, to] of [
      ['<row r="2" ', '<row r="2000000000" '],
      ['<c r="B2" ', '<c r="ZZZZZZ2" '],
    ] as const) {
      const parts = workbookParts(sales);
      const sheet = parts.get('xl/worksheets/sheet1.xml')!;
      expect(sheet).toContain(from);
      parts.set('xl/worksheets/sheet1.xml', sheet.replace(from, to));
      const bytes = zipFile([...parts].map(([name, data]) => ({ name, data })));
      await expect(tableOf(bytes)).rejects.toThrow(/beyond Excel's limits/);
    }
  });

  it('stops a zip bomb while it inflates', async () => {
    const parts = workbookParts(sales);
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    parts.set(
      'xl/worksheets/sheet1.xml',
      sheet.replace('<sheetData>', `<sheetData>${' '.repeat(4 << 20)}`),
    );
    const entries = [...parts].map(([name, data]) => ({ name, data }));
    const limits = { sheetBytes: 1 << 20, partBytes: 1 << 20 };
    const bomb = zipFile(entries);
    expect(bomb.length).toBeLessThan(64 << 10);
    await expect(tableOf(bomb, { limits })).rejects.toThrow(/unpacks to more than 1 MB/);
    // Declared sizes are not trusted: the output is counted as it inflates.
    const liar = zipFile(entries, true, 0, () => 1000);
    await expect(tableOf(liar, { limits })).rejects.toThrow(/unpacks to more than 1 MB/);
  });

  it('says a cut workbook is incomplete', async () => {
    const whole = buildXlsx(sales);
    await expect(tableOf(whole.subarray(0, whole.length - 200))).rejects.toThrow(/incomplete/);
    await expect(tableOf(whole.subarray(0, 1000))).rejects.toThrow(/incomplete/);
    // The directory intact, the compressed sheet damaged.
    const damaged = whole.slice();
    const at = damaged.length - 4000;
    damaged.fill(0xff, at, at + 200);
    await expect(tableOf(damaged)).rejects.toThrow(/incomplete/);
  });

  it('tells a password-protected workbook from an old .xls', async () => {
    await expect(
      tableOf(oleFile('Root Entry', 'EncryptionInfo', 'EncryptedPackage')),
    ).rejects.toThrow(/protected with a password/);
    await expect(tableOf(oleFile('Root Entry', 'Workbook'))).rejects.toThrow(
      /old Excel workbook \(\.xls\).*save it as \.xlsx or CSV/,
    );
  });

  it('says what to do with an OpenDocument spreadsheet', async () => {
    const ods = zipFile(
      [
        { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
        { name: 'content.xml', data: '<office:document-content/>' },
      ],
      false,
    );
    await expect(tableOf(ods)).rejects.toThrow(/OpenDocument spreadsheet \(\.ods\).*\.xlsx or CSV/);
  });

  it('refuses other archives and encrypted entries', async () => {
    const other = zipFile([{ name: 'orders.csv', data: 'a,b\n1,2\n' }]);
    await expect(tableOf(other)).rejects.toThrow(/ZIP archive, not an Excel workbook/);
    const parts = [...workbookParts(sales)].map(([name, data]) => ({ name, data }));
    await expect(tableOf(zipFile(parts, true, 1))).rejects.toThrow(/protected with a password/);
  });
});
