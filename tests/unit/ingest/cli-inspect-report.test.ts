/** `tenure inspect --json` on report exports and odd bytes: the warnings and rejections. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { inspect } from '../../../src/cli/commands/inspect.ts';

const fixturePath = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

interface Inspected {
  rows: number;
  customers: number;
  revenue: number;
  firstDate: string;
  lastDate: string;
  rejected: { line: number; column: string | null; reason: string }[];
  detected: { columns: Record<string, string> };
  warnings: { code: string; message: string; lines: number[] }[];
}

async function inspectJson(argv: string[]): Promise<Inspected> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  await inspect(parseArgs([...argv, '--json']));
  vi.restoreAllMocks();
  return JSON.parse(stdout) as Inspected;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('tenure inspect --json, issue 11 bytes and reports', () => {
  it('skips the report title, rejects "Итого" and names the "Сумма" column read', async () => {
    const result = await inspectJson([fixturePath('report-export-ru.csv')]);
    expect(result.rows).toBe(5);
    expect(result.customers).toBe(3);
    expect(result.revenue).toBe(751.49);
    expect(result.rejected).toEqual([{ line: 11, column: null, reason: 'total row' }]);
    expect(result.warnings.map((w) => [w.code, w.lines])).toEqual([
      ['preamble', [1, 2, 3, 4]],
      ['duplicate-header', [5]],
      ['total-rows', [11]],
    ]);
    expect(result.warnings[1]!.message).toContain('column 3 is read as amount');
  });

  it('reads the second "amount" with --map amount=4', async () => {
    const first = await inspectJson([fixturePath('orders-amount-amount.csv')]);
    expect(first.revenue).toBe(35.5);
    expect(first.warnings.map((w) => w.code)).toEqual(['duplicate-header']);
    const second = await inspectJson([
      fixturePath('orders-amount-amount.csv'),
      '--map',
      'amount=4',
    ]);
    expect(second.revenue).toBe(39.05);
  });

  it('reads a CR-only file', async () => {
    const result = await inspectJson([fixturePath('orders-cr-only.csv')]);
    expect(result).toMatchObject({ rows: 3, customers: 2, revenue: 35.25, rejected: [] });
    expect(result.warnings).toEqual([]);
  });

  it('warns of dates far outside the file with the lines', async () => {
    const result = await inspectJson([fixturePath('orders-far-dates.csv')]);
    expect(result.warnings).toEqual([
      {
        code: 'dates-far',
        message:
          '2 date(s) lie far outside the rest of the file (years 1900, 2199; the bulk runs 2024-01-01 … 2024-12-31)',
        lines: [7, 16],
      },
    ]);
  });

  it('excludes them with --exclude-far-dates, listed as rejected with the reason', async () => {
    const result = await inspectJson([fixturePath('orders-far-dates.csv'), '--exclude-far-dates']);
    expect(result).toMatchObject({
      rows: 20,
      customers: 7,
      revenue: 390,
      firstDate: '2024-01-01',
      lastDate: '2024-12-12',
    });
    expect(result.rejected).toEqual([
      { line: 7, column: 'date', reason: 'excluded: date far outside the file' },
      { line: 16, column: 'date', reason: 'excluded: date far outside the file' },
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(['dates-excluded']);
  });

  it('takes the table from --header-row and refuses a bad one', async () => {
    const result = await inspectJson([fixturePath('report-export-ru.csv'), '--header-row', '5']);
    expect(result.rows).toBe(5);
    await expect(
      inspectJson([fixturePath('report-export-ru.csv'), '--header-row', 'x']),
    ).rejects.toThrow('--header-row must be a line number (1, 2, …) or none, got "x"');
  });

  it('rejects windows-1251 rows after a UTF-8 megabyte, from the whole file', async () => {
    const rows = ['customer_id,date,amount', 'Анна,2024-01-01,1.00'];
    for (let i = 0; rows.length < 60_000; i++) rows.push(`c${i % 999},2024-01-02,1.00`);
    const head = new TextEncoder().encode(rows.join('\n') + '\n');
    expect(head.length).toBeGreaterThan(1 << 20);
    const tail = Uint8Array.from([
      0xc8,
      0xe2,
      0xe0,
      0xed,
      0x2c,
      ...new TextEncoder().encode('2024-02-01,7\n'),
    ]);
    const path = join(mkdtempSync(join(tmpdir(), 'tenure-')), 'mixed.csv');
    writeFileSync(path, Buffer.concat([head, tail]));
    const result = await inspectJson([path]);
    expect(result.rows).toBe(rows.length - 1);
    expect(result.rejected).toEqual([
      { line: rows.length + 1, column: 'customer_id', reason: 'not valid utf-8' },
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(['invalid-bytes']);
  });

  it('reads an ASCII-then-windows-1251 file again as windows-1251: Иван and Олег kept apart', async () => {
    const rows = ['customer_id,date,amount'];
    for (let i = 0; rows.length < 60_000; i++) rows.push(`c${i % 999},2024-01-02,1.00`);
    const head = new TextEncoder().encode(rows.join('\n') + '\n');
    const decoder = new TextDecoder('windows-1251');
    const table = new Map<string, number>();
    for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
    const cp1251 = (text: string) => Uint8Array.from([...text], (ch) => table.get(ch)!);
    const tail = cp1251('Иван,2024-02-01,7.00\nОлег,2024-02-02,9.00\n');
    const path = join(mkdtempSync(join(tmpdir(), 'tenure-')), 'late-cp1251.csv');
    writeFileSync(path, Buffer.concat([head, tail]));
    const result = (await inspectJson([path])) as Inspected & { detected: { encoding: string } };
    expect(result.detected.encoding).toBe('windows-1251');
    expect(result.rows).toBe(rows.length + 1);
    expect(result.customers).toBe(999 + 2);
    expect(result.revenue).toBe(rows.length - 1 + 16);
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([
      {
        code: 'encoding-changed',
        message:
          `bytes after the first megabyte (lines ${rows.length + 1}, ${rows.length + 2}) are not utf-8: ` +
          'the whole file was read as windows-1251',
        lines: [rows.length + 1, rows.length + 2],
      },
    ]);
  });
});
