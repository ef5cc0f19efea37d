/**
 * Detection cannot be fooled by the first rows: shuffling, reversing or moving the rows of a
 * file gives the same settings and the same totals, whether detection saw the whole file or
 * only its first few hundred bytes (then the import reads the file again when it contradicts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { usMonthFirst } from '../../fixtures/evidence.ts';
import { importReconciled } from './helpers.ts';

interface Row {
  day: number;
  month: number;
  cents: number;
  style: 'int' | 'cents' | 'grouped';
}

interface Truth {
  decimal: '.' | ',';
  order: 'dmy' | 'mdy';
  sep: '/' | '-';
}

const rowArb = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 12 }),
  cents: fc.integer({ min: 1, max: 5_000_000 }),
  style: fc.constantFrom('int', 'cents', 'grouped'),
});

function amountText(r: Row, decimal: '.' | ','): string {
  const other = decimal === '.' ? ',' : '.';
  if (r.style === 'int') return String(Math.floor(r.cents / 100));
  const whole = Math.floor(r.cents / 100);
  const fraction = String(r.cents % 100).padStart(2, '0');
  const grouped =
    r.style === 'grouped' ? String(whole).replace(/\B(?=(\d{3})+$)/g, other) : String(whole);
  return `${grouped}${decimal}${fraction}`;
}

const valueOf = (r: Row) => (r.style === 'int' ? Math.floor(r.cents / 100) : r.cents / 100);

function csv(rows: Row[], t: Truth): Uint8Array {
  const delimiter = t.decimal === '.' ? ',' : ';';
  const lines = [['customer', 'date', 'amount'].join(delimiter)];
  rows.forEach((r, i) => {
    const [a, b] = t.order === 'dmy' ? [r.day, r.month] : [r.month, r.day];
    const amount = amountText(r, t.decimal);
    const cell = amount.includes(delimiter) ? `"${amount}"` : amount;
    lines.push([`c${i % 7}`, `${a}${t.sep}${b}${t.sep}2023`, cell].join(delimiter));
  });
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

const truthArb = fc.record({
  decimal: fc.constantFrom('.', ','),
  order: fc.constantFrom('dmy', 'mdy'),
  sep: fc.constantFrom('/', '-'),
});

/** Rows with one decisive date (day 20) and one decisive amount (with cents), anywhere. */
const fileArb = fc
  .tuple(truthArb, fc.array(rowArb, { minLength: 5, maxLength: 60 }))
  .map(([truth, rows]) => {
    const decisive: Row[] = [
      { day: 20, month: 3, cents: 123_456, style: 'cents' },
      { day: 5, month: 4, cents: 7_050, style: 'cents' },
    ];
    return { truth: truth, rows: [...rows.map((r) => r), ...decisive] };
  });

function check(rows: Row[], truth: Truth, sampleBytes: number) {
  const r = importReconciled(csv(rows, truth), sampleBytes, 97);
  expect(r.settings.decimal).toBe(truth.decimal);
  expect(r.settings.dateFormat).toBe(truth.order);
  expect(r.builder.rejectedCount).toBe(0);
  expect(r.builder.rowCount).toBe(rows.length);
  const revenue = r.columns.amount.reduce((s, x) => s + x, 0);
  expect(revenue).toBeCloseTo(
    rows.reduce((s, x) => s + valueOf(x), 0),
    4,
  );
}

describe('the same file in any row order', () => {
  const orders: [string, (rows: Row[], keys: number[]) => Row[]][] = [
    ['as generated (decisive rows last)', (rows) => rows],
    ['reversed (decisive rows first)', (rows) => [...rows].reverse()],
    [
      'shuffled',
      (rows, keys) =>
        rows
          .map((row, i) => ({ row, key: keys[i % keys.length]! + i / 1e6 }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.row),
    ],
    [
      'decisive rows at 90 %',
      (rows) => {
        const body = rows.slice(0, -2);
        const at = Math.floor(body.length * 0.9);
        return [...body.slice(0, at), ...rows.slice(-2), ...body.slice(at)];
      },
    ],
  ];
  it.each(orders)('%s: same settings and totals', (_name, reorder) => {
    fc.assert(
      fc.property(
        fileArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 70 }),
        fc.constantFrom(1 << 20, 120, 400),
        ({ truth, rows }, keys, sampleBytes) => {
          check(reorder(rows, keys), truth, sampleBytes);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the US reproduction in any order', () => {
  it('1/2/2023 … 1/13/2023 with an ambiguous start: every order reads month-first', () => {
    const f = usMonthFirst();
    const [header, ...rows] = f.text.trim().split('\n');
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1200, maxLength: 1200 }),
        (keys) => {
          const order = rows
            .map((row, i) => ({ row, key: keys[i]! }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.row);
          const text = [header, ...order].join('\n') + '\n';
          // Detection sees only the first 2 KB: the rest must set it right.
          const r = importReconciled(new TextEncoder().encode(text), 2048, 4096);
          expect(r.settings.dateFormat).toBe('mdy');
          expect([r.builder.rowCount, r.builder.rejectedCount]).toEqual([1200, 0]);
          const revenue = r.columns.amount.reduce((s, x) => s + x, 0);
          expect(revenue).toBeCloseTo(f.revenue, 6);
        },
      ),
      { numRuns: 20 },
    );
  });
});
