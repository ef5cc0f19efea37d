import { describe, expect, it } from 'vitest';
import { detectColumns, detectFileKind, detectHeader } from '../../../src/core/ingest/columns.ts';
import { detectDelimiter } from '../../../src/core/ingest/dialect.ts';
import { readAllRows } from '../../../src/core/ingest/rows.ts';
import type { ColumnMapping, Delimiter } from '../../../src/core/ingest/types.ts';
import { cdnowData } from './helpers.ts';

const text = (name: string) => new TextDecoder().decode(cdnowData(name));

describe('detectDelimiter', () => {
  const cases: [name: string, lines: string[], delimiter: Delimiter][] = [
    ['commas', ['a,b,c', '1,2,3'], ','],
    // The decimal comma splits data lines in two but not the header: `;` is consistent.
    [
      'semicolons with decimal commas',
      ['Клиент;Дата;Сумма', 'К1;05.01.2024;12,50', 'К2;06.01.2024;9,90'],
      ';',
    ],
    ['tabs', ['a\tb', '1\t2'], '\t'],
    ['pipes', ['a|b|c', '1|2|3'], '|'],
    ['quoted commas do not count', ['id,name', '1,"Smith, J"', '2,"Doe, A"'], ','],
    [
      'runs of spaces (CDNOW)',
      [' 00001 19970101  1   11.77', ' 00002 19970112  1   12.00'],
      'whitespace',
    ],
  ];
  it.each(cases)('%s', (_name, lines, delimiter) => {
    expect(detectDelimiter(lines).delimiter).toBe(delimiter);
  });
});

describe('detectHeader', () => {
  const cases: [name: string, rows: string[][], header: boolean][] = [
    [
      'known names',
      [
        ['customer_id', 'date', 'amount'],
        ['1', '2024-01-01', '5'],
      ],
      true,
    ],
    [
      'unknown names over numbers',
      [
        ['foo', 'bar'],
        ['1', '2.5'],
        ['2', '3.5'],
      ],
      true,
    ],
    [
      'data in the first row',
      [
        ['1', '2024-01-01', '5'],
        ['2', '2024-01-02', '6'],
      ],
      false,
    ],
    [
      'summary headers ID,x,t_x,T,zbar',
      [
        ['ID', 'x', 't_x', 'T', 'zbar'],
        ['1', '2', '30.43', '38.86', '22.35'],
      ],
      true,
    ],
  ];
  it.each(cases)('%s', (_name, rows, header) => {
    expect(detectHeader(rows)).toBe(header);
  });
});

describe('detectColumns', () => {
  const cases: [
    name: string,
    headers: string[] | null,
    sample: string[][],
    columns: ColumnMapping,
  ][] = [
    [
      'Russian names',
      ['Клиент №', 'Дата', 'Сумма', 'Товар', 'Канал'],
      [['1', '05.01.2024', '12,50', 'чай', 'сайт']],
      { customerId: 0, date: 1, amount: 2, product: 3, channel: 4 },
    ],
    [
      'Bulgarian names',
      ['ИД на клиент', 'Дата на поръчка', 'Стойност', 'Поръчка', 'Количество'],
      [['1', '05.01.2024', '12,50', 'P1', '2']],
      { customerId: 0, date: 1, amount: 2, orderId: 3, quantity: 4 },
    ],
    [
      'Romanian names with diacritics',
      ['Cod client', 'Dată', 'Valoare', 'Comandă', 'Cantitate', 'Cost'],
      [['1', '05.01.2024', '12,50', 'C1', '2', '3,00']],
      { customerId: 0, date: 1, amount: 2, orderId: 3, quantity: 4, cost: 5 },
    ],
    [
      'English names, any case and separators',
      ['CLIENT-ID', 'Order Date', 'Total', 'Order_No', 'Qty', 'Себестоимость'],
      [['1', '2024-01-05', '12.50', 'O1', '2', '3']],
      { customerId: 0, date: 1, amount: 2, orderId: 3, quantity: 4, cost: 5 },
    ],
    [
      'unknown names: amount and date from the values, id from repeats',
      ['a', 'b', 'c'],
      [
        ['x1', '2024-01-05', '12.50'],
        ['x1', '2024-01-06', '3.10'],
        ['x2', '2024-01-07', '1.99'],
      ],
      { customerId: 0, date: 1, amount: 2 },
    ],
  ];
  it.each(cases)('%s', (_name, headers, sample, columns) => {
    expect(detectColumns(headers, sample).columns).toEqual(columns);
  });

  it('CDNOW_sample.txt: customer col 0, date col 2, amount col 4, quantity col 3', () => {
    // Columns: customer_id, customer_id_in_sample ("0001", leading zeros: not a quantity),
    // date (yyyymmdd), number of CDs (small integers), dollars (decimals).
    const rows = readAllRows(text('CDNOW_sample.txt'), 'whitespace').rows.slice(0, 500);
    expect(detectHeader(rows)).toBe(false);
    const { columns, note } = detectColumns(null, rows);
    expect(columns).toEqual({ customerId: 0, date: 2, amount: 4, quantity: 3 });
    expect(note).toContain('amount ← Column 5 (by values)');
  });
});

describe('detectFileKind', () => {
  const cases: [name: string, headers: string[] | null, kind: string][] = [
    ['cdnow_customers_summary_with_transactions.csv', ['ID', 'x', 't_x', 'T', 'zbar'], 'summary'],
    ['cdnow_customers_summary.csv', ['ID', 'frequency', 'recency', 'T'], 'summary'],
    ['customers with attributes', ['Клиент', 'Имя', 'Сегмент', 'Дата регистрации'], 'customers'],
    ['customers with CAC', ['customer_id', 'acquisition channel', 'CAC', 'plan'], 'customers'],
    ['transactions', ['customer_id', 'date', 'amount', 'channel'], 'transactions'],
    ['no header', null, 'transactions'],
  ];
  it.each(cases)('%s → %s', (_name, headers, kind) => {
    expect(detectFileKind(headers, [])).toBe(kind);
  });

  it('reads the real summary files as summaries', () => {
    for (const name of [
      'cdnow_customers_summary.csv',
      'cdnow_customers_summary_with_transactions.csv',
    ]) {
      const [headers = []] = readAllRows(text(name), ',').rows;
      expect(detectFileKind(headers, [])).toBe('summary');
    }
  });
});
