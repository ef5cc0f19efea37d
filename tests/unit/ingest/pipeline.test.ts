import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/model.ts';
import {
  ImportError,
  TransactionBuilder,
  detectSettings,
  parseCustomerRows,
  parseSummaryRows,
  previewRows,
  readAllRows,
  summarizeTransactions,
  type ImportSettings,
} from '../../../src/core/ingest/index.ts';
import { fixture, importBytes, cdnowData } from './helpers.ts';
import { MAX_ATTRIBUTE_LENGTH } from '../../../src/core/ingest/text.ts';

interface Expected {
  encoding: string;
  delimiter: string;
  decimal: string;
  dateFormat: string;
  rows: number;
  customers: number;
  revenue: number;
  first: string;
  last: string;
}

// Every figure below is a hand sum of the rows written in tests/fixtures/make-fixtures.ts.
const FIXTURES: [file: string, expected: Expected][] = [
  // 1234.50 + 99.90 + 2500 − 150 + 10000; customers К-001, К-002, К-003.
  [
    'orders-ru-cp1251.csv',
    {
      encoding: 'windows-1251',
      delimiter: ';',
      decimal: ',',
      dateFormat: 'dmy',
      rows: 5,
      customers: 3,
      revenue: 13684.4,
      first: '2024-01-05',
      last: '2024-03-01',
    },
  ],
  // 10.50 + 20.00 + 5.25 + 4.25.
  [
    'orders-utf8-bom-quoted.csv',
    {
      encoding: 'utf-8',
      delimiter: ',',
      decimal: '.',
      dateFormat: 'iso',
      rows: 4,
      customers: 3,
      revenue: 40,
      first: '2024-03-01',
      last: '2024-03-04',
    },
  ],
  // 1234.56 + 12 − 12 + 99.99.
  [
    'orders-us-tab.tsv',
    {
      encoding: 'utf-8',
      delimiter: '\t',
      decimal: '.',
      dateFormat: 'mdy',
      rows: 4,
      customers: 3,
      revenue: 1334.55,
      first: '2024-03-05',
      last: '2024-12-25',
    },
  ],
  // 10 + 20.5 + 30; serial 45351 is 2024-02-29.
  [
    'orders-excel-serial.csv',
    {
      encoding: 'utf-8',
      delimiter: ',',
      decimal: '.',
      dateFormat: 'excel',
      rows: 3,
      customers: 2,
      revenue: 60.5,
      first: '2024-01-01',
      last: '2024-02-29',
    },
  ],
  // 11.77 + 12.00 + 77.00 + 20.76 + 20.76.
  [
    'orders-whitespace-yyyymmdd.txt',
    {
      encoding: 'utf-8',
      delimiter: 'whitespace',
      decimal: '.',
      dateFormat: 'yyyymmdd',
      rows: 5,
      customers: 3,
      revenue: 142.29,
      first: '1997-01-01',
      last: '1997-03-30',
    },
  ],
  // 12.50 + 1200 + 30.
  [
    'orders-bg-utf16.csv',
    {
      encoding: 'utf-16le',
      delimiter: ';',
      decimal: ',',
      dateFormat: 'dmy',
      rows: 3,
      customers: 2,
      revenue: 1242.5,
      first: '2024-01-02',
      last: '2024-02-20',
    },
  ],
  // 1234.50 + 89.99 + 450 − 89.99.
  [
    'orders-ro-cp1250.csv',
    {
      encoding: 'windows-1250',
      delimiter: ';',
      decimal: ',',
      dateFormat: 'dmy',
      rows: 4,
      customers: 3,
      revenue: 1684.5,
      first: '2024-01-05',
      last: '2024-03-13',
    },
  ],
  // Accepted: c1 10, c4 7, c7 9, c8 −3 (see the bad-rows test).
  [
    'orders-bad-rows.csv',
    {
      encoding: 'utf-8',
      delimiter: ',',
      decimal: '.',
      dateFormat: 'iso',
      rows: 4,
      customers: 4,
      revenue: 23,
      first: '2024-01-05',
      last: '2024-01-11',
    },
  ],
];

describe('the whole pipeline on each fixture', () => {
  it.each(FIXTURES)('%s', (file, e) => {
    const bytes = fixture(file);
    const { detection, columns } = importBytes(bytes);
    const s = detection.settings;
    expect(detection.kind).toBe('transactions');
    expect([s.encoding, s.delimiter, s.decimal, s.dateFormat]).toEqual([
      e.encoding,
      e.delimiter,
      e.decimal,
      e.dateFormat,
    ]);
    const summary = summarizeTransactions(columns);
    expect(summary.rows).toBe(e.rows);
    expect(summary.customers).toBe(e.customers);
    expect(summary.revenue).toBeCloseTo(e.revenue, 9);
    expect(isoDate(summary.firstDay!)).toBe(e.first);
    expect(isoDate(summary.lastDay!)).toBe(e.last);
    // Byte-sized chunks (splitting every character and row) give the same columns.
    expect(importBytes(bytes, 1).columns).toEqual(columns);
  });

  it('reads Cyrillic and Romanian text correctly', () => {
    expect(importBytes(fixture('orders-ru-cp1251.csv')).columns.products).toEqual([
      'Чайник',
      'Кружка',
      'Самовар',
      'Набор',
    ]);
    expect(importBytes(fixture('orders-ro-cp1250.csv')).columns.products).toContain(
      'Accesorii pentru şcoală',
    );
    expect(importBytes(fixture('orders-bg-utf16.csv')).columns.channels).toEqual([
      'онлайн',
      'магазин',
    ]);
  });

  it('keeps quoted commas, newlines and doubled quotes in the product names', () => {
    expect(importBytes(fixture('orders-utf8-bom-quoted.csv')).columns.products).toEqual([
      'Widget, large',
      'Gadget\nwith a newline',
      'The "best" one',
      'Plain',
    ]);
  });

  it('counts refunds: the cp1251 file has one of −150', () => {
    const s = summarizeTransactions(importBytes(fixture('orders-ru-cp1251.csv')).columns);
    expect([s.refunds, s.refundTotal]).toEqual([1, -150]);
  });
});

describe('rejected rows', () => {
  it('reports physical lines, header names and reasons', () => {
    const { builder } = importBytes(fixture('orders-bad-rows.csv'));
    expect(builder.rejected).toEqual([
      { line: 3, column: 'customer_id', reason: 'empty customer id' },
      { line: 4, column: 'date', reason: 'unreadable date "2024-02-31"' },
      { line: 5, column: 'amount', reason: 'unreadable amount "12,3,4"' },
      // After the quoted note spanning lines 6–7.
      { line: 8, column: null, reason: 'wrong number of fields: 3, expected 4' },
      { line: 9, column: 'date', reason: 'date out of range' },
    ]);
    expect([builder.rowCount, builder.rejectedCount]).toEqual([4, 5]);
  });

  it('keeps the first 10 000 rejections in full and counts the rest', () => {
    const settings: ImportSettings = {
      encoding: 'utf-8',
      delimiter: ',',
      hasHeader: false,
      decimal: '.',
      thousands: '',
      dateFormat: 'iso',
      columns: { customerId: 0, date: 1, amount: 2 },
    };
    const builder = new TransactionBuilder(settings, ['id', 'date', 'amount']);
    const n = 10_005;
    builder.addRows({
      rows: Array.from({ length: n }, () => ['', '2024-01-01', '1']),
      lines: Array.from({ length: n }, (_, i) => i + 1),
    });
    expect([builder.rejected.length, builder.rejectedCount]).toEqual([10_000, n]);
  });
});

/** An ISO, comma-separated file with a header: customer, date, amount and channel. */
const WITH_CHANNEL: ImportSettings = {
  encoding: 'utf-8',
  delimiter: ',',
  hasHeader: true,
  decimal: '.',
  thousands: '',
  dateFormat: 'iso',
  columns: { customerId: 0, date: 1, amount: 2, channel: 3 },
};
const CHANNEL_HEADERS = ['id', 'date', 'amount', 'channel'];

describe('TransactionBuilder chunks', () => {
  it('hands out fresh arrays indexing the growing dictionaries', () => {
    const b = new TransactionBuilder(WITH_CHANNEL, CHANNEL_HEADERS);
    b.addRows({
      rows: [CHANNEL_HEADERS, [' a ', '2024-01-01', '1', 'web'], ['b', '2024-01-02', '2', '']],
      lines: [1, 2, 3],
    });
    const first = b.takeChunk(1)!;
    b.addRows({ rows: [['a', '2024-01-03', '3', 'shop']], lines: [4] });
    const rest = b.flush()!;
    expect(Array.from(first.customer)).toEqual([0]); // " a " trimmed to "a"
    expect(Array.from(rest.customer)).toEqual([1, 0]);
    expect(Array.from(rest.channel!)).toEqual([-1, 1]); // empty channel → -1
    expect(b.dictionaries()).toEqual({ customerIds: ['a', 'b'], channels: ['web', 'shop'] });
    expect(first.day.buffer.byteLength).toBe(first.day.byteLength); // not a view of a larger buffer
    expect(b.flush()).toBeUndefined();
  });
});

describe('detection errors', () => {
  const cases: [name: string, bytes: Uint8Array, message: RegExp][] = [
    ['empty file', new Uint8Array(0), /empty/],
    ['only blank lines', new TextEncoder().encode('\n\r\n  \n'), /empty/],
    [
      'header only',
      new TextEncoder().encode('customer_id,date,amount\n'),
      /header row but no data/,
    ],
    [
      'xlsx (ZIP)',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]),
      /ZIP archive \(an \.xlsx workbook\?\).*which reads workbooks, or save it as CSV/,
    ],
    ['PDF', new TextEncoder().encode('%PDF-1.7'), /PDF/],
    ['PNG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /PNG/],
    ['NUL bytes', Uint8Array.from([0x61, 0x00, 0x62, 0x00, 0x00, 0x00, 0x01, 0x02]), /binary/],
  ];
  it.each(cases)('%s', (_name, bytes, message) => {
    expect(() => detectSettings(bytes, true)).toThrow(ImportError);
    expect(() => detectSettings(bytes, true)).toThrow(message);
  });
});

describe('detectSettings and previewRows', () => {
  it('drops the cut last line of a partial sample', () => {
    const bytes = new TextEncoder().encode(
      'customer_id,date,amount\nc1,2024-01-01,5\nc2,2024-01-0',
    );
    const d = detectSettings(bytes, false);
    expect(d.preview.map((p) => p.line)).toEqual([2]);
  });

  it('previews values and problems, and follows a changed setting', () => {
    const bytes = fixture('orders-bad-rows.csv');
    const d = detectSettings(bytes, true);
    expect(d.headers).toEqual(['customer_id', 'date', 'amount', 'note']);
    expect(d.preview[0]).toEqual({
      line: 2,
      cells: ['c1', '2024-01-05', '10.00', 'ok'],
      values: { customerId: 'c1', day: 19727, amount: 10 },
      problems: [],
    });
    expect(d.preview[1]!.problems).toEqual([{ column: 0, reason: 'empty customer id' }]);
    // Read as day-first, every ISO date becomes unreadable.
    const changed = previewRows(bytes, { ...d.settings, dateFormat: 'dmy' }, true, 2);
    expect(changed.preview.map((p) => p.problems[0]?.reason)).toEqual([
      'unreadable date "2024-01-05"',
      'empty customer id',
    ]);
  });

  it('names the columns of a header-less file "Column N"', () => {
    const d = detectSettings(fixture('orders-whitespace-yyyymmdd.txt'), true);
    expect(d.headers).toEqual(['Column 1', 'Column 2', 'Column 3', 'Column 4']);
    expect(d.settings.hasHeader).toBe(false);
  });

  it('keeps settings fixed by the user and detects the rest around them', () => {
    const d = detectSettings(fixture('orders-us-tab.tsv'), true, { dateFormat: 'dmy' });
    expect(d.settings.dateFormat).toBe('dmy');
    expect(d.settings.delimiter).toBe('\t');
  });
});

describe('CDNOW data (tests/fixtures/cdnow)', () => {
  it('CDNOW_master.txt: 69 659 rows, 23 570 customers, 1997-01-01 … 1998-06-30', () => {
    const { columns, builder } = importBytes(cdnowData('CDNOW_master.txt'), 256 * 1024);
    const s = summarizeTransactions(columns);
    expect([s.rows, s.customers, builder.rejectedCount]).toEqual([69659, 23570, 0]);
    expect([isoDate(s.firstDay!), isoDate(s.lastDay!)]).toEqual(['1997-01-01', '1998-06-30']);
    // Checked independently: awk 'NR>1 {s+=$4} END {printf "%.4f", s}' CDNOW_master.txt
    // prints 2500315.6300; and `awk 'NR>1{print $1}' | sort -u | wc -l` gives 23570.
    expect(s.revenue).toBeCloseTo(2500315.63, 6);
  });
});

describe('customers and summary files', () => {
  it('reads customer records with dates, costs and rejections', () => {
    const text = [
      'ИД клиента;Имя;Дата регистрации;Сегмент;Канал;Стоимость привлечения;Тариф',
      'K1;Анна;05.01.2024;VIP;email;1 200,50;Про',
      'K2;;;;;;',
      ';Без ИД;06.01.2024;;;;',
      'K3;Иван;31.02.2024;;;;',
    ].join('\n');
    const raw = readAllRows(text, ';');
    const headers = raw.rows[0]!;
    const { customers, rejected } = parseCustomerRows(raw, headers, { hasHeader: true });
    expect(customers).toEqual([
      {
        id: 'K1',
        name: 'Анна',
        signupDay: 19727,
        segment: 'VIP',
        channel: 'email',
        acquisitionCost: 1200.5,
        plan: 'Про',
      },
      { id: 'K2' },
    ]);
    expect(rejected).toEqual([
      { line: 4, column: 'ИД клиента', reason: 'empty customer id' },
      { line: 5, column: 'Дата регистрации', reason: 'unreadable date "31.02.2024"' },
    ]);
  });

  it('reads cdnow_customers_summary_with_transactions.csv (ID,x,t_x,T,zbar)', () => {
    const raw = readAllRows(
      new TextDecoder().decode(cdnowData('cdnow_customers_summary_with_transactions.csv')),
      ',',
    );
    const { summary, rejected } = parseSummaryRows(raw, raw.rows[0]!, { hasHeader: true });
    // 2357 customers in the CDNOW 1/10th sample (Fader, Hardie & Lee 2005); first row "1,2,30.43,38.86,22.35".
    expect([summary.ids.length, rejected.length]).toEqual([2357, 0]);
    expect([
      summary.ids[0],
      summary.frequency[0],
      summary.recency[0],
      summary.T[0],
      summary.monetary[0],
    ]).toEqual(['1', 2, 30.43, 38.86, 22.35]);
  });

  it('leaves monetary NaN when the summary has no such column', () => {
    const raw = readAllRows(
      new TextDecoder().decode(cdnowData('cdnow_customers_summary.csv')),
      ',',
    );
    const { summary } = parseSummaryRows(raw, raw.rows[0]!, { hasHeader: true });
    expect(summary.ids.length).toBe(2357);
    expect(Number.isNaN(summary.monetary[0])).toBe(true);
  });
});

describe('TransactionBuilder, checkOnly (the warnings of a sample at detection)', () => {
  const rows = {
    rows: [
      CHANNEL_HEADERS,
      ['a', '2024-01-01', '1', 'web'],
      ['Total', '', '99', ''],
      ['b\u200b', '2024-01-02', '2', 'x'.repeat(MAX_ATTRIBUTE_LENGTH + 1)],
      ['c', '1931-05-02', '3', 'shop'],
      ...Array.from({ length: 40 }, (_, i) => [`k${i}`, '2024-02-01', '4', 'web']),
      ['', '2024-01-03', '5', 'web'],
    ],
    lines: Array.from({ length: 46 }, (_, i) => i + 1),
  };

  it('warns, rejects and counts as the full builder does, keeping no rows', () => {
    const full = new TransactionBuilder(WITH_CHANNEL, CHANNEL_HEADERS);
    const check = new TransactionBuilder(WITH_CHANNEL, CHANNEL_HEADERS, { checkOnly: true });
    full.addRows(rows);
    check.addRows(rows);
    expect(check.warnings()).toEqual(full.warnings());
    expect(check.warnings().map((w) => w.code)).toEqual(
      expect.arrayContaining(['total-rows', 'invisible-removed', 'text-truncated', 'dates-far']),
    );
    expect(check.rejected).toEqual(full.rejected);
    expect([check.rowCount, check.rejectedCount]).toEqual([full.rowCount, full.rejectedCount]);
    expect(check.flush()).toBeUndefined();
    expect(check.dictionaries().customerIds).toEqual([]);
    expect(check.evidence.dates.iso.count).toBe(0);
    expect(full.evidence.dates.iso.count).toBeGreaterThan(0);
  });
});
