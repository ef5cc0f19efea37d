import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inspect } from '../../../../src/cli/commands/inspect.ts';
import { buildXlsx, type XCell } from '../../../support/xlsx-writer.ts';
import { runCommand } from '../../../support/cli.ts';

/** Runs `inspect` in-process: exit code and stdout. */
const run = (argv: string[]) => runCommand(inspect, argv);

afterEach(() => {
  vi.restoreAllMocks();
});

/** Two sheets of orders: March (3 valid rows, a total) and April (2 rows, no title). */
function workbookPath(): string {
  const march: XCell[][] = [
    ['Orders, March 2024'],
    [],
    ['Customer', 'Date', 'Amount'],
    ['0001', { date: '2024-03-01', time: '09:15' }, 100],
    ['0002', { date: '2024-03-02' }, 50.5],
    ['0001', { date: '2024-03-31', time: '23:59' }, 20],
    ['Total', null, 170.5],
  ];
  const april: XCell[][] = [
    ['Customer', 'Date', 'Amount'],
    ['0003', { date: '2024-04-01' }, 7],
    ['0004', { date: '2024-04-30' }, 8],
  ];
  const dir = mkdtempSync(join(tmpdir(), 'tenure-xlsx-'));
  const path = join(dir, 'orders.xlsx');
  writeFileSync(
    path,
    buildXlsx({
      sheets: [
        { name: 'March', rows: march },
        { name: 'April', rows: april },
      ],
    }),
  );
  return path;
}

describe('tenure inspect on a workbook', () => {
  it('reads the sheet that looks like transactions, or the one named by --sheet', async () => {
    const path = workbookPath();
    const march = JSON.parse((await run([path, '--json'])).stdout) as Record<string, unknown>;
    expect(march).toMatchObject({
      detected: {
        sheet: 'March',
        dateFormat: 'iso',
        columns: { customerId: 'Customer', date: 'Date', amount: 'Amount' },
      },
      rows: 3,
      rejectedCount: 1,
      rejected: [{ line: 7, column: null, reason: 'total row' }],
      customers: 2,
      revenue: 170.5,
      firstDate: '2024-03-01',
      lastDate: '2024-03-31',
    });
    const april = JSON.parse((await run([path, '--sheet', 'April', '--json'])).stdout) as Record<
      string,
      unknown
    >;
    expect(april).toMatchObject({
      rows: 2,
      customers: 2,
      revenue: 15,
      firstDate: '2024-04-01',
      lastDate: '2024-04-30',
    });
  });

  it('names the sheets there are when --sheet names none, and refuses --sheet on a CSV', async () => {
    const path = workbookPath();
    await expect(run([path, '--sheet', 'May'])).rejects.toThrow(
      'This workbook has no sheet "May"; its sheets are "March", "April".',
    );
    const csv = join(mkdtempSync(join(tmpdir(), 'tenure-csv-')), 'a.csv');
    writeFileSync(csv, 'customer,date,amount\na,2024-01-01,1\n');
    await expect(run([csv, '--sheet', 'X'])).rejects.toThrow('is not an Excel workbook');
  });
});
