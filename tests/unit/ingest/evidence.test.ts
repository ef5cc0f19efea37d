import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { inspect } from '../../../src/cli/commands/inspect.ts';
import { parseAmount, type DecimalSeparator } from '../../../src/core/ingest/index.ts';
import { lateThousands, ruDotThousands, usMonthFirst } from '../../fixtures/evidence.ts';
import { importReconciled } from './helpers.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const dir = mkdtempSync(join(tmpdir(), 'tenure-evidence-'));

interface InspectJson {
  detected: { decimal: string; dateFormat: string; delimiter: string };
  rows: number;
  rejected: unknown[];
  revenue: number;
  warnings: { code: string; message: string; lines: number[] }[];
}

/** `tenure inspect FILE --json` in-process on a temporary file with this text. */
async function inspectText(name: string, text: string): Promise<InspectJson> {
  const path = join(dir, name);
  writeFileSync(path, text);
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const code = await inspect(parseArgs([path, '--json']));
  vi.restoreAllMocks();
  expect(code).toBe(0);
  return JSON.parse(stdout) as InspectJson;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('unambiguous amounts are read whatever the thousands setting', () => {
  const NBSP = '\u00a0';
  const NNBSP = '\u202f';
  const cases: [string, DecimalSeparator, number][] = [
    ['1,234.56', '.', 1234.56],
    ['"1,234.56"'.slice(1, -1), '.', 1234.56],
    ['1,234,567', '.', 1234567],
    ['1.234,56', ',', 1234.56],
    ['1.234.567', ',', 1234567],
    ['1 234,56', ',', 1234.56],
    [`1${NBSP}234,56`, ',', 1234.56],
    [`1${NNBSP}234,56`, ',', 1234.56],
    ['$1,234.56', '.', 1234.56],
    ['1.234,56 €', ',', 1234.56],
    ['€1.234,56', ',', 1234.56],
    ['1 234,56 руб.', ',', 1234.56],
    ['1.234,56 лв', ',', 1234.56],
    ['1.234,56 lei', ',', 1234.56],
    ['($1,234.56)', '.', -1234.56],
    ['(1.234,56 лв)', ',', -1234.56],
  ];
  it.each(cases)('%j with decimal %j', (text, decimal, value) => {
    expect(parseAmount(text, decimal, '')).toBeCloseTo(value, 6);
  });

  it('plain amounts read exactly as Number() reads them (the fast path)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 17n }),
        fc.integer({ min: 0, max: 8 }),
        fc.boolean(),
        fc.constantFrom('.', ','),
        (digits, decimals, negative, decimal: DecimalSeparator) => {
          const s = digits.toString().padStart(decimals + 1, '0');
          const point = decimals === 0 ? s : `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
          const text = (negative ? '-' : '') + point;
          const written = decimal === '.' ? text : text.replace('.', ',');
          expect(Object.is(parseAmount(written, decimal, ''), Number(text))).toBe(true);
        },
      ),
    );
  });

  it('still refuses what only a wrong reading would make a number', () => {
    expect(parseAmount('1.234,56', '.', '')).toBeNaN();
    expect(parseAmount('1,234.56', ',', '')).toBeNaN();
    expect(parseAmount('1,2,3', '.', '')).toBeNaN();
  });
});

describe('the reproductions of issue 11 (inspect --json)', () => {
  it('US dates after 700 ambiguous rows: all 1200 read month-first, none rejected', async () => {
    const f = usMonthFirst();
    const out = await inspectText('us.csv', f.text);
    expect(out.detected.dateFormat).toBe('mdy');
    expect([out.rows, out.rejected.length, out.revenue]).toEqual([f.rows, 0, f.revenue]);
    expect(out.warnings).toEqual([]);
  });

  it('Клиент;Дата;Сумма with 1.500, 2.750, 12.000: revenue 17 230 and a warning', async () => {
    const f = ruDotThousands();
    const out = await inspectText('ru.csv', f.text);
    expect([out.rows, out.revenue, out.detected.decimal]).toEqual([4, 17230, ',']);
    expect(out.warnings).toEqual([
      {
        code: 'amount.thousandsAssumed',
        message: expect.stringContaining('“1.500”') as string,
        lines: [2, 3, 4],
      },
      {
        // Dotted dates are day-first by convention, but no date proves it: said too.
        code: 'date.orderAssumed',
        message: expect.stringContaining('day first') as string,
        lines: [2, 3, 4, 5],
      },
    ]);
  });

  it.each([
    ['comma', ' '],
    ['space', ' '],
    ['space', '\u00a0'],
    ['space', '\u202f'],
    ['dot', ''],
  ] as const)('late %s thousands (%j) after row 600: nothing rejected', async (style, space) => {
    const f = lateThousands(style, 1000, 600, space);
    const out = await inspectText(`late-${style}.csv`, f.text);
    expect([out.rows, out.rejected.length, out.revenue]).toEqual([f.rows, 0, f.revenue]);
    expect(out.detected.decimal).toBe(style === 'comma' ? '.' : ',');
  });

  it('warnings is an empty list when the file decides everything', async () => {
    const out = await inspectText('plain.csv', 'id,date,amount\na,2024-01-31,12.50\n');
    expect(out.warnings).toEqual([]);
  });
});

/** `n` rows, the decisive ones (`decisive(i)` true) written by `late`, the rest by `early`. */
function file(
  header: string,
  n: number,
  row: (i: number) => string,
): { bytes: Uint8Array; text: string } {
  const lines = [header];
  for (let i = 0; i < n; i++) lines.push(row(i));
  const text = lines.join('\n') + '\n';
  return { bytes: encode(text), text };
}

describe('the first decisive row at 90 % of a file beyond the first megabyte', () => {
  const n = 60_000;
  const at = Math.floor(n * 0.9);

  it('a day above 12 in the second place: read again month-first, nothing rejected', () => {
    const { bytes } = file('customer_id,date,amount,note', n, (i) => {
      // Before the decisive row, the day-first reading keeps the dates in order.
      const [m, d] = i === at ? [3, 13] : [1 + (i % 12), 1 + (Math.floor(i / 12) % 12)];
      return `customer-${i % 5000},${m}/${d}/2023,10.00,padding text to pass a megabyte`;
    });
    expect(bytes.length).toBeGreaterThan(1 << 20);
    const r = importReconciled(bytes);
    expect(r.detection.settings.dateFormat).toBe('dmy');
    expect(r.verdict.changed).toBe(true);
    expect(r.settings.dateFormat).toBe('mdy');
    expect(r.verdict.warnings[0]).toMatchObject({
      code: 'date.formatChanged',
      params: { from: 'dmy', to: 'mdy', count: 1 },
      lines: [at + 2],
    });
    expect([r.builder.rowCount, r.builder.rejectedCount]).toEqual([n, 0]);
  });

  it('`1.500` first, then `12,50`: the dots were thousands all along', () => {
    const { bytes } = file('customer_id,date,amount,note', n, (i) =>
      i === at
        ? `customer-${i % 5000},2024-01-02,"12,50",padding text to pass a megabyte`
        : `customer-${i % 5000},2024-01-02,1.500,padding text to pass a megabyte`,
    );
    const r = importReconciled(bytes);
    expect(r.detection.settings.decimal).toBe('.');
    expect([r.settings.decimal, r.settings.thousands]).toEqual([',', '.']);
    expect(r.verdict.warnings[0]?.code).toBe('amount.formatChanged');
    expect(r.builder.rejectedCount).toBe(0);
    const revenue = r.columns.amount.reduce((s, x) => s + x, 0);
    expect(revenue).toBeCloseTo((n - 1) * 1500 + 12.5, 2);
  });

  it('`12.50` first, then `1,500`: the comma groups thousands', () => {
    const { bytes } = file('customer_id,date,amount,note', n, (i) =>
      i === at
        ? `customer-${i % 5000},2024-01-02,"1,500",padding text to pass a megabyte`
        : `customer-${i % 5000},2024-01-02,12.50,padding text to pass a megabyte`,
    );
    const r = importReconciled(bytes);
    expect([r.settings.decimal, r.settings.thousands]).toEqual(['.', ',']);
    expect(r.builder.rejectedCount).toBe(0);
    const revenue = r.columns.amount.reduce((s, x) => s + x, 0);
    expect(revenue).toBeCloseTo((n - 1) * 12.5 + 1500, 2);
  });
});
