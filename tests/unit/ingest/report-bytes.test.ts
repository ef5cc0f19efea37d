/**
 * Issue 11, bytes and report exports: every row of a file is stored, rejected with a reason
 * or skipped as preamble with a warning — never read with bytes the encoding cannot decode.
 */
import { describe, expect, it } from 'vitest';
import {
  EXCLUDED_DATE,
  EncodingCheck,
  NUL_BYTE,
  TOTAL_ROW,
  YearCounter,
  findTableStart,
  isTotalLabel,
  previewRows,
  detectSettings,
  fromHeaderRow,
  readAllRows,
  parseCustomerRows,
  detectCustomerColumns,
  type ImportWarning,
} from '../../../src/core/ingest/index.ts';
import { cohortMatrix } from '../../../src/core/metrics/cohorts.ts';
import { isoDate } from '../../../src/core/model.ts';
import { fixture, importBytes } from './helpers.ts';

const MB = 1 << 20;
const utf8 = (text: string) => new TextEncoder().encode(text);
const cp1251 = (text: string) => {
  const decoder = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text], (ch) => table.get(ch)!);
};
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
};

/** A UTF-8 file a little over 1 MB: a Cyrillic name first, then ASCII rows of 1.00 each. */
function bigUtf8(): { head: Uint8Array; rows: number } {
  const lines = ['customer_id,date,amount', 'Анна,2024-01-01,1.00'];
  let size = 0;
  let i = 0;
  while (size < MB + 1000) {
    const line = `c${i % 5000},2024-01-${String((i % 28) + 1).padStart(2, '0')},1.00`;
    lines.push(line);
    size += line.length + 1;
    i++;
  }
  return { head: utf8(lines.join('\n') + '\n'), rows: lines.length - 1 };
}

const codes = (warnings: readonly ImportWarning[]) => warnings.map((w) => w.code);

describe('bytes after the first megabyte', () => {
  it('rejects rows in windows-1251 after UTF-8 as "not valid utf-8": Иван and Олег never merge', () => {
    const { head, rows } = bigUtf8();
    const tail = cp1251('Иван,2024-02-01,7.00\nОлег,2024-02-02,9.00\n');
    const bytes = concat(head, tail);
    const { detection, builder, columns } = importBytes(bytes);
    expect(detection.settings.encoding).toBe('utf-8');
    expect(columns.customerIds.some((id) => id.includes('\uFFFD'))).toBe(false);
    expect(builder.rowCount).toBe(rows);
    expect(builder.rejected).toEqual([
      { line: rows + 2, column: 'customer_id', reason: 'not valid utf-8' },
      { line: rows + 3, column: 'customer_id', reason: 'not valid utf-8' },
    ]);
    const warning = builder.warnings().find((w) => w.code === 'invalid-bytes');
    expect(warning).toEqual({
      code: 'invalid-bytes',
      params: { count: 2, encoding: 'utf-8' },
      lines: [rows + 2, rows + 3],
    });
  });

  it('rejects a row with a NUL byte after the first megabyte, in any chunking', () => {
    const { head, rows } = bigUtf8();
    const bytes = concat(head, utf8('c1\0x,2024-02-01,7.00\nc2,2024-02-02,9.00\n'));
    for (const chunk of [MB, 4096, 777]) {
      const { builder, columns } = importBytes(bytes, chunk);
      expect(columns.customerIds.some((id) => id.includes('\0'))).toBe(false);
      expect(builder.rowCount).toBe(rows + 1);
      expect(builder.rejected).toEqual([
        { line: rows + 2, column: 'customer_id', reason: NUL_BYTE },
      ]);
    }
  });

  it('rejects a NUL row inside the first megabyte instead of refusing the file', () => {
    const bytes = utf8(
      'customer_id,date,amount\nc1,2024-01-01,5\nc2,2024-01-02,\0 6\nc3,2024-01-03,7\n',
    );
    const { detection, builder } = importBytes(bytes);
    expect(builder.rowCount).toBe(2);
    expect(builder.rejected).toEqual([{ line: 3, column: 'amount', reason: NUL_BYTE }]);
    expect(detection.warnings).toEqual([{ code: 'nul-bytes', params: { count: 1 }, lines: [3] }]);
  });
});

describe('EncodingCheck', () => {
  it('redecides only a file that is ASCII wherever UTF-8 is valid', () => {
    const late = cp1251('Иван;Олег\n');
    const ascii = new EncodingCheck('utf-8');
    ascii.observe(utf8('c1;c2\n'), 'c1;c2\n');
    ascii.observe(late, new TextDecoder().decode(late));
    expect(ascii.redecide()?.encoding).toBe('windows-1251');
    const mixed = new EncodingCheck('utf-8');
    mixed.observe(utf8('Анна\n'), 'Анна\n');
    mixed.observe(late, new TextDecoder().decode(late));
    expect(mixed.redecide()).toBeUndefined();
    const clean = new EncodingCheck('utf-8');
    clean.observe(utf8('c1\n'), 'c1\n');
    expect(clean.redecide()).toBeUndefined();
  });
});

describe('line endings', () => {
  it('reads a classic Mac (CR-only) file', () => {
    const { detection, builder, columns } = importBytes(fixture('orders-cr-only.csv'));
    expect(detection.headers).toEqual(['customer_id', 'date', 'amount']);
    expect(builder.rowCount).toBe(3);
    expect(builder.rejectedCount).toBe(0);
    expect(columns.customerIds).toEqual(['c1', 'c2']);
    expect([...columns.amount]).toEqual([10, 20, 5.25]);
  });

  it('reads mixed CR, LF and CRLF line ends with physical line numbers, split anywhere', () => {
    const text = 'customer_id,date,amount\r\nc1,2024-01-05,1\rc2,2024-01-06,2\nc3,2024-01-07,x\r\n';
    for (const chunk of [1, 2, 3, 5, 1000]) {
      const { builder, columns } = importBytes(utf8(text), chunk);
      expect(columns.customerIds).toEqual(['c1', 'c2']);
      expect(builder.rejected).toEqual([
        { line: 4, column: 'amount', reason: 'unreadable amount "x"' },
      ]);
    }
  });
});

describe('exports from reports', () => {
  it('skips 3 title lines and a blank line, rejects the "Итого" row, warns of "Сумма" twice', () => {
    const { detection, builder, columns } = importBytes(fixture('report-export-ru.csv'));
    expect(detection.settings.headerRow).toBe(5);
    expect(detection.headers).toEqual(['Клиент', 'Дата', 'Сумма', 'Сумма']);
    expect(detection.settings.columns).toMatchObject({ customerId: 0, date: 1, amount: 2 });
    expect(detection.preview.map((r) => r.line)).toEqual([6, 7, 8, 9, 10, 11]);
    expect(detection.warnings).toEqual([
      { code: 'preamble', params: { count: 4, header: 5 }, lines: [1, 2, 3, 4] },
      {
        code: 'duplicate-header',
        params: { name: 'Сумма', role: 'amount', column: 3, others: '4' },
        lines: [5],
      },
      { code: 'total-rows', params: { count: 1 }, lines: [11] },
    ]);
    expect(builder.skippedLines).toEqual([1, 2, 3]);
    // Nothing silently dropped: 10 non-blank lines = 3 title + header + 5 stored + 1 rejected.
    expect(builder.skippedLines.length + 1 + builder.rowCount + builder.rejectedCount).toBe(10);
    expect(builder.rowCount).toBe(5);
    expect(builder.rejected).toEqual([{ line: 11, column: null, reason: TOTAL_ROW }]);
    expect(columns.customerIds).toEqual(['Иван', 'Олег', 'Мария']);
    expect([...columns.amount].reduce((a, b) => a + b, 0)).toBeCloseTo(751.49, 6);
  });

  it('reads the other of two same-named columns when the user picks it', () => {
    const bytes = fixture('orders-amount-amount.csv');
    const first = importBytes(bytes);
    expect(first.detection.settings.columns.amount).toBe(2);
    expect(codes(first.detection.warnings)).toEqual(['duplicate-header']);
    expect([...first.columns.amount]).toEqual([10, 20, 5.5]);
    const columns = { customerId: 0, date: 1, amount: 3 };
    const other = importBytes(bytes, MB, { columns });
    expect([...other.columns.amount]).toEqual([11, 22, 6.05]);
    // The mapping step's preview after the switch names the column now read.
    const { warnings } = previewRows(bytes, { ...first.detection.settings, columns }, true);
    expect(warnings).toEqual([
      {
        code: 'duplicate-header',
        params: { name: 'amount', role: 'amount', column: 4, others: '3' },
        lines: [1],
      },
    ]);
  });

  it('knows total labels in four languages and not customer names', () => {
    for (const label of [
      'Итого',
      'ИТОГО:',
      'Total',
      'total general',
      'Общо',
      'Всего',
      'Grand Total',
    ])
      expect(isTotalLabel(label)).toBe(true);
    for (const id of ['Totalis', 'Иван', 'c1', 'Tot', 'Ольга', 'TOTAL-1'])
      expect(isTotalLabel(id)).toBe(false);
  });

  it('skips a title above a customers file too', () => {
    const text =
      'Customer list\n\ncustomer_id,name,signup_date\nc1,Ann,2024-01-02\nc2,Bob,2024-02-03\n';
    const detection = detectSettings(utf8(text), true);
    expect(detection.kind).toBe('customers');
    expect(detection.headers).toEqual(['customer_id', 'name', 'signup_date']);
    expect(detection.warnings).toEqual([
      { code: 'preamble', params: { count: 2, header: 3 }, lines: [1, 2] },
    ]);
    const raw = fromHeaderRow(readAllRows(text, ','), detection.settings.headerRow);
    const { customers, rejected } = parseCustomerRows(raw, detection.headers, {
      hasHeader: true,
      columns: detectCustomerColumns(detection.headers),
    });
    expect(customers.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(rejected).toEqual([]);
  });

  it('finds no preamble in an ordinary file or a header-less one', () => {
    expect(
      findTableStart([
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ]),
    ).toBe(0);
    expect(
      findTableStart([
        ['1', '2', '3'],
        ['4', '', '6'],
      ]),
    ).toBe(0);
    expect(findTableStart([['Report'], ['', '', ''], ['a', 'b', 'c'], ['1', '2', '3']])).toBe(2);
  });
});

describe('dates far outside the file', () => {
  it('warns of 1900 and 2199 among 2024 and excludes them on request', () => {
    const bytes = fixture('orders-far-dates.csv');
    const plain = importBytes(bytes);
    const far = plain.detection.warnings.find((w) => w.code === 'dates-far')!;
    expect(far.params.count).toBe(2);
    expect(far.params.years).toBe('1900, 2199');
    expect(far.lines).toEqual([7, 16]);
    expect(isoDate(Number(far.params.first))).toBe('2024-01-01');
    expect(isoDate(Number(far.params.last))).toBe('2024-12-31');
    expect(plain.builder.rowCount).toBe(22);
    const stretched = cohortMatrix(plain.columns, { grain: 'month', metric: 'customers' });
    expect(stretched.periods.length).toBe(3600);

    const dateWindow = { first: Number(far.params.first), last: Number(far.params.last) };
    const { builder, columns } = importBytes(bytes, MB, { dateWindow });
    expect(builder.rowCount).toBe(20);
    expect(builder.rejected).toEqual([
      { line: 7, column: 'date', reason: EXCLUDED_DATE },
      { line: 16, column: 'date', reason: EXCLUDED_DATE },
    ]);
    expect([...columns.amount].reduce((a, b) => a + b, 0)).toBe(390);
    expect(builder.warnings()).toEqual([
      { code: 'dates-excluded', params: { count: 2, ...dateWindow }, lines: [7, 16] },
    ]);
    const matrix = cohortMatrix(columns, { grain: 'month', metric: 'customers' });
    expect(matrix.periods.length).toBe(12);
  });

  it('keeps a file spread over years without gaps as one bulk', () => {
    const years = new YearCounter();
    const day = (y: number) => Math.round(Date.UTC(y, 5, 1) / 86_400_000);
    for (let y = 2005; y <= 2024; y++) years.add(day(y), y);
    years.add(day(2000), 1);
    expect(years.window()).toEqual({ firstYear: 2000, lastYear: 2024 });
    expect(years.far()).toBeUndefined();
    years.add(day(1990), 2);
    expect(years.far()?.years).toEqual([1990]);
  });
});
