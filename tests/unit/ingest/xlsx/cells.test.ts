import { describe, expect, it } from 'vitest';
import {
  isDateFormatCode,
  numberText,
  serialToIso,
} from '../../../../src/core/ingest/xlsx/index.ts';
import { linesOf } from './helpers.ts';

describe('serial day numbers', () => {
  it('reads the 1900 system with its fictitious 29 February 1900', () => {
    expect(serialToIso(1, false)).toBe('1900-01-01');
    expect(serialToIso(59, false)).toBe('1900-02-28');
    expect(serialToIso(60, false)).toBe('1900-02-29');
    expect(serialToIso(61, false)).toBe('1900-03-01');
    expect(serialToIso(25569, false)).toBe('1970-01-01');
    expect(serialToIso(45382, false)).toBe('2024-03-31');
  });

  it('reads the 1904 system', () => {
    expect(serialToIso(0, true)).toBe('1904-01-01');
    expect(serialToIso(45382 - 1462, true)).toBe('2024-03-31');
  });

  it('keeps the date as written whatever the time of day', () => {
    expect(serialToIso(45382.999988, false)).toBe('2024-03-31'); // 23:59:59
    expect(serialToIso(45382.0001, false)).toBe('2024-03-31');
    // Less than half a millisecond before midnight shows as the next day in Excel too.
    expect(serialToIso(45382.999999999, false)).toBe('2024-04-01');
  });
});

describe('number formats', () => {
  it('tells date and time formats from number formats', () => {
    for (const code of [
      'dd/mm/yyyy',
      'yyyy-mm-dd hh:mm',
      '[$-409]d-mmm-yy',
      'h:mm AM/PM',
      '[h]:mm:ss',
      'dd.mm.yyyy\\ hh:mm',
    ])
      expect(isDateFormatCode(code), code).toBe(true);
    for (const code of [
      'General',
      '0.00',
      '#,##0.00 "days"',
      '[Red]0.0',
      '0.0" d"',
      '@',
      '0.00E+00',
      '[$€-2] #,##0.00',
    ])
      expect(isDateFormatCode(code), code).toBe(false);
  });

  it('writes numbers so that detection cannot misread them', () => {
    expect(numberText('12.5')).toBe('12.5');
    expect(numberText('1.234')).toBe('1.2340');
    expect(numberText('1234')).toBe('1234');
    expect(numberText('-0.5')).toBe('-0.5');
    expect(numberText('1.5E-2')).toBe('0.0150');
    expect(numberText('1.0000000000000001E-7')).toBe('0.0000001');
    expect(numberText('0.30000000000000004')).toBe('0.30000000000000004');
  });
});

describe('cells of a sheet', () => {
  it('reads every kind of cell as the CSV path expects it', async () => {
    const lines = await linesOf({
      sheets: [
        {
          name: 'Cells',
          rows: [
            ['id', 'date', 'amount', 'flag', 'error', 'inline', 'formula', 'days'],
            [
              '00123',
              { date: '2024-03-31' },
              1.234,
              true,
              { error: '#N/A' },
              { inline: 'rich text' },
              { formulaString: 'A1&B1' },
              { serial: 3.5, style: 5 },
            ],
            [
              '007',
              { date: '2024-03-31', time: '23:59' },
              -20,
              false,
              null,
              { inline: 'a,b' },
              { formulaString: 'say "hi"' },
              { serial: 45382.5, style: 4 },
            ],
            ['line\nbreak', { serial: 60 }, 1e21, null, null, null, null, null],
          ],
        },
      ],
    });
    expect(lines).toEqual([
      'id,date,amount,flag,error,inline,formula,days',
      '00123,2024-03-31,1.2340,TRUE,#N/A,rich text,A1&B1,3.5',
      '007,2024-03-31,-20,FALSE,,"a,b","say ""hi""",2024-03-31',
      'line break,1900-02-29,1e+21,,,,,',
    ]);
  });

  it('reads the 1904 date system from the workbook', async () => {
    const book = (date1904: boolean) => ({
      date1904,
      sheets: [
        {
          name: 'S',
          rows: [['d'], [{ date: '2024-03-31' }], [{ date: '1999-12-31', time: '12:00' }]],
        },
      ],
    });
    expect(await linesOf(book(true))).toEqual(['d', '2024-03-31', '1999-12-31']);
    expect(await linesOf(book(false))).toEqual(['d', '2024-03-31', '1999-12-31']);
  });

  it('reads inline strings, stored entries and prefixed elements alike', async () => {
    const rows = [
      ['Customer', 'Amount'],
      ['0042', 10],
      ['A & B <c>', 2.5],
    ];
    const expected = ['Customer,Amount', '0042,10', 'A & B <c>,2.5'];
    expect(await linesOf({ inline: true, sheets: [{ name: 'S', rows }] })).toEqual(expected);
    expect(await linesOf({ deflate: false, sheets: [{ name: 'S', rows }] })).toEqual(expected);
    expect(await linesOf({ prefix: 'x:', sheets: [{ name: 'S', rows }] })).toEqual(expected);
  });

  it('keeps row numbers as line numbers and ignores formatted empty cells', async () => {
    const lines = await linesOf({
      sheets: [
        {
          name: 'S',
          firstRow: 3,
          formattedTail: true,
          before: '<cols><col min="2" max="2" width="0" hidden="1" customWidth="1"/></cols>',
          after: '<mergeCells count="1"><mergeCell ref="A3:C3"/></mergeCells>',
          rows: [['Report'], [], ['a', 'b', 'c'], ['1', '2']],
        },
      ],
    });
    // Rows 1–2 are absent, row 4 is empty; the hidden column B is read like the others.
    expect(lines).toEqual(['', '', 'Report,,', '', 'a,b,c', '1,2,']);
  });
});
