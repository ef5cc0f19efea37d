/**
 * The byte scanner against the string path it stands in for: on generated files full of the
 * cases it hands over (quotes over lines, bytes outside ASCII, NUL, lone CR, totals, wrong
 * widths, undecidable values, a preamble, a BOM), fed in slices of any size, both give the same
 * columns, dictionaries, rejections, warnings, evidence, dated years and skipped lines.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIXED_RUNS } from '../../../src/core/ingest/fast/scanner.ts';
import {
  ByteScanner,
  RowReader,
  TransactionBuilder,
  concatColumns,
  formatAmount,
  formatDate,
  createDecoder,
  detectSettings,
  scannable,
  type ImportSettings,
} from '../../../src/core/ingest/index.ts';
import { lateThousands, ruDotThousands, usMonthFirst } from '../../fixtures/evidence.ts';
import { hostileFiles } from '../../fixtures/hostile.ts';
import { cdnowData, fixture } from './helpers.ts';
import type { DayNumber, TransactionColumns } from '../../../src/core/model.ts';

function outcome(builder: TransactionBuilder, chunks: TransactionColumns[]) {
  const rest = builder.flush();
  if (rest) chunks.push(rest);
  return {
    columns: concatColumns(chunks, builder.dictionaries()),
    rowCount: builder.rowCount,
    rejectedCount: builder.rejectedCount,
    rejected: builder.rejected,
    warnings: builder.warnings(),
    evidence: JSON.parse(JSON.stringify(builder.evidence)) as unknown,
    steps: [builder.evidence.stepsInOrderDmy, builder.evidence.stepsInOrderMdy],
    years: Array.from(builder.years.counts),
    skipped: builder.skippedLines,
  };
}

/** The reference: decoder → RowReader → TransactionBuilder.addRows, in `size`-byte slices. */
function reference(bytes: Uint8Array, settings: ImportSettings, headers: string[], size: number) {
  const decoder = createDecoder(settings.encoding);
  const reader = new RowReader(settings.delimiter);
  const builder = new TransactionBuilder(settings, headers);
  const chunks: TransactionColumns[] = [];
  for (let at = 0; at <= bytes.length; at += size) {
    const final = at + size > bytes.length;
    builder.addRows(reader.push(decoder.decode(bytes.subarray(at, at + size), final), final));
    const chunk = builder.takeChunk(7);
    if (chunk) chunks.push(chunk);
  }
  return outcome(builder, chunks);
}

function scanned(bytes: Uint8Array, settings: ImportSettings, headers: string[], size: number) {
  const builder = new TransactionBuilder(settings, headers);
  const scanner = new ByteScanner(settings, headers.length, builder);
  const chunks: TransactionColumns[] = [];
  for (let at = 0; at <= bytes.length; at += size) {
    scanner.push(bytes.slice(at, at + size), at + size > bytes.length);
    const chunk = builder.takeChunk(7);
    if (chunk) chunks.push(chunk);
  }
  return { ...outcome(builder, chunks), fast: scanner.fastRows };
}

const ids = fc.constantFrom(
  'K1',
  'K2',
  // Numbered ids with other leading zeros, and without a prefix.
  'C01',
  'C001',
  '7',
  '007',
  ' K3 ',
  'k1',
  '',
  'Total',
  'total:',
  'TOTAL GENERAL',
  'Sum total',
  'T1',
  'Итого',
  'Жан',
  'a"b',
  '"K1"',
  '"K;4"',
  '"K\n5"',
  'x'.repeat(300),
  '\u200bK1',
  'K\0',
  'grand',
  'K\u00a0',
  '\tK6',
);
const dates = fc.constantFrom(
  '05.01.2024',
  '5.1.2024',
  '31.12.2023',
  '31.02.2024',
  '2024-01-05',
  '2024/1/5',
  '2024-01-05T10:00',
  '2024-01-05 x',
  '05.01.24',
  '05/01/2024',
  '12/31/2023',
  '20240105',
  '45000',
  '45000.5',
  '60',
  '',
  ' 05.01.2024 ',
  'soon',
  '1899-12-31',
  '01.01.1800',
  '05.01.2024 10:30',
  '2199-12-31',
  '13.13.2024',
  '"05.01.2024"',
);
const amounts = fc.constantFrom(
  '12,50',
  '12.50',
  '-0',
  '-3',
  '1 234,5',
  '(12)',
  '1.234,56',
  '1,234.56',
  '',
  'abc',
  '7',
  '99999999999999999',
  '1,500',
  '1.500',
  '.5',
  ',5',
  '-',
  '5.',
  '€12',
  '1e3',
  ' 42 ',
  '1000000000000000000',
  '"3,5"',
  "1'234",
  '0,1',
);
const attributes = fc.constantFrom('web', 'shop', '', ' phone ', 'Ω', 'w'.repeat(600), '"a;b"');
const ends = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\n\n', '\n  \n');

const settingsArb = fc.record({
  encoding: fc.constantFrom('utf-8' as const, 'utf-8' as const, 'windows-1251' as const),
  delimiter: fc.constantFrom(';' as const, ',' as const, '\t' as const, '|' as const),
  decimal: fc.constantFrom('.' as const, ',' as const),
  thousands: fc.constantFrom('' as const, ' ' as const, '.' as const),
  dateFormat: fc.constantFrom(
    'iso' as const,
    'dmy' as const,
    'mdy' as const,
    'ymd' as const,
    'yyyymmdd' as const,
    'excel' as const,
  ),
  hasHeader: fc.boolean(),
  headerRow: fc.constantFrom(undefined, 1, 2, 3),
  window: fc.boolean(),
  extra: fc.constantFrom(0, 1, 2),
  optional: fc.boolean(),
});

const rowArb = fc.record({
  id: fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 30 }).map((n) => `C${n}`) }, ids),
  day: fc.integer({ min: 18000, max: 20500 }),
  date: fc.oneof({ weight: 12, arbitrary: fc.constant(null) }, dates),
  cents: fc.integer({ min: -5000, max: 999999 }),
  amount: fc.oneof({ weight: 12, arbitrary: fc.constant(null) }, amounts),
  channel: fc.oneof({ weight: 10, arbitrary: fc.constantFrom('web', 'shop') }, attributes),
  quantity: fc.constantFrom('', '2', '2', '2', '1,5', 'x'),
  end: fc.oneof({ weight: 10, arbitrary: fc.constant('\n') }, ends),
  cells: fc.oneof({ weight: 20, arbitrary: fc.constant(0) }, fc.constantFrom(-1, 1)),
  raw: fc.oneof({ weight: 30, arbitrary: fc.constant('') }, fc.constantFrom('\u00ff', '\u0000')),
});

const fileArb = fc.record({
  s: settingsArb,
  rows: fc.array(rowArb, { minLength: 5, maxLength: 60, size: 'max' }),
  bom: fc.boolean(),
  size: fc.constantFrom(1, 2, 3, 5, 16, 64, 1 << 20),
});

describe('byte scanner', () => {
  it('gives exactly what the string path gives on generated files', () => {
    let fastRows = 0;
    fc.assert(
      fc.property(fileArb, ({ s, rows, bom, size }) => {
        const d = s.delimiter;
        // Columns: id, date, amount, channel[, quantity], then `extra` unmapped ones.
        const headers = ['id', 'date', 'amount', 'channel'];
        if (s.optional) headers.push('qty');
        for (let i = 0; i < s.extra; i++) headers.push(`x${i}`);
        const settings: ImportSettings = {
          encoding: s.encoding,
          delimiter: d,
          hasHeader: s.hasHeader,
          decimal: s.decimal,
          thousands: s.thousands,
          dateFormat: s.dateFormat,
          columns: {
            customerId: 0,
            date: 1,
            amount: 2,
            channel: 3,
            ...(s.optional && { quantity: 4 }),
          },
          ...(s.headerRow !== undefined && { headerRow: s.headerRow }),
          ...(s.window && { dateWindow: { first: 19000, last: 19800 } }),
        };
        expect(scannable(settings, headers.length)).toBe(true);
        let text = ['Report\n', 'period: all\n'].slice(0, (s.headerRow ?? 1) - 1).join('');
        if (s.hasHeader) text += headers.join(d) + '\n';
        for (const r of rows) {
          const date = r.date ?? formatDate(r.day as DayNumber, s.dateFormat);
          const amount =
            r.amount ?? formatAmount(r.cents / 100, s.decimal, '', Math.abs(r.cents % 3));
          const cells = [r.id, date, amount, r.channel];
          if (s.optional) cells.push(r.quantity);
          for (let i = 0; i < s.extra; i++) cells.push(`v${i}`);
          if (r.cells < 0) cells.pop();
          if (r.cells > 0) cells.push('');
          text += cells.join(d) + r.raw + r.end;
        }
        const body = new TextEncoder().encode(text);
        // U+00FF stands for a byte that is not UTF-8.
        const bytes = Uint8Array.from(
          [...(bom ? [0xef, 0xbb, 0xbf] : []), ...body].flatMap((b, i, all) =>
            b === 0xc3 && all[i + 1] === 0xbf
              ? [0xff]
              : b === 0xbf && all[i - 1] === 0xc3
                ? []
                : [b],
          ),
        );
        const fast = scanned(bytes, settings, headers, size);
        const { fast: count, ...rest } = fast;
        fastRows += count;
        expect(rest).toEqual(reference(bytes, settings, headers, 1 << 20));
      }),
      { numRuns: 400 },
    );
    expect(fastRows).toBeGreaterThan(3000);
  });

  it('reads plain rows itself', () => {
    const settings: ImportSettings = {
      encoding: 'utf-8',
      delimiter: ';',
      hasHeader: true,
      decimal: ',',
      thousands: '',
      dateFormat: 'dmy',
      columns: { customerId: 0, date: 1, amount: 2, channel: 3 },
    };
    const text = 'Клиент;Дата;Сумма;Канал\nK1;05.01.2024;12,50;web\nK2;06.01.2024;-3;shop\n';
    const bytes = new TextEncoder().encode(text);
    const fast = scanned(bytes, settings, ['a', 'b', 'c', 'd'], 1 << 20);
    expect(fast.fast).toBe(2);
    expect(Array.from(fast.columns.amount)).toEqual([12.5, -3]);
    expect(fast.columns.customerIds).toEqual(['K1', 'K2']);
  });
});

describe('byte scanner on alternating lines', () => {
  it('hands the rest of a slice over when plain and other lines alternate, with the same result', () => {
    const lines = ['customer;date;amount;channel'];
    for (let i = 0; i < 3000; i++) {
      const id = i % 3 === 0 ? `Ж${i % 700}` : `K${i % 900}`;
      const amount = i % 7 === 0 ? `"${i},5"` : `${i % 500},25`;
      const date = i % 11 === 0 ? '31.02.2024' : `${1 + (i % 28)}.0${1 + (i % 9)}.2024`;
      lines.push(`${id};${date};${amount};${i % 997 === 500 ? '"w\neb"' : 'web'}`);
    }
    const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
    const settings: ImportSettings = {
      encoding: 'utf-8',
      delimiter: ';',
      hasHeader: true,
      decimal: ',',
      thousands: '',
      dateFormat: 'dmy',
      columns: { customerId: 0, date: 1, amount: 2, channel: 3 },
    };
    const headers = ['customer', 'date', 'amount', 'channel'];
    const expected = reference(bytes, settings, headers, 4 << 20);
    for (const size of [4 << 20, 20_000, 777]) {
      const { fast, ...rest } = scanned(bytes, settings, headers, size);
      expect(rest).toEqual(expected);
      expect(fast).toBeGreaterThan(MIXED_RUNS);
      expect(fast).toBeLessThan(expected.rowCount);
    }
  });
});

/** Every fixture and generated file a test imports, both ways, with detected settings. */
describe('byte scanner on the test files', () => {
  const files: [string, Uint8Array][] = [
    ...readdirSync(new URL('../../fixtures/', import.meta.url))
      .filter((name) => /\.(csv|tsv|txt)$/.test(name))
      .map((name): [string, Uint8Array] => [name, fixture(name)]),
    ['CDNOW_master.txt', cdnowData('CDNOW_master.txt')],
    ['usMonthFirst', new TextEncoder().encode(usMonthFirst().text)],
    ['ruDotThousands', new TextEncoder().encode(ruDotThousands().text)],
    ['lateThousands comma', new TextEncoder().encode(lateThousands('comma').text)],
    [
      'lateThousands space',
      new TextEncoder().encode(lateThousands('space', 1000, 600, '\u00a0').text),
    ],
    ['lateThousands dot', new TextEncoder().encode(lateThousands('dot').text)],
    ...hostileFiles()
      .filter((f) => f.outcome !== 'error')
      .map((f): [string, Uint8Array] => [f.name, new Uint8Array(f.bytes)]),
  ];
  it.each(files)('%s', { timeout: 120_000 }, (_name, bytes) => {
    const detection = detectSettings(bytes.subarray(0, 1 << 20), bytes.length <= 1 << 20);
    const { settings, headers } = detection;
    if (detection.kind !== 'transactions' || !scannable(settings, headers.length)) {
      expect(scannable(settings, headers.length) && detection.kind === 'transactions').toBe(false);
      return;
    }
    for (const size of [4 << 20, bytes.length > 1e6 ? 65536 : 1000]) {
      const { fast, ...rest } = scanned(bytes, settings, headers, size);
      expect(rest).toEqual(reference(bytes, settings, headers, 4 << 20));
      expect(fast).toBeLessThanOrEqual(rest.rowCount);
    }
  });
});
