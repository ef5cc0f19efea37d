import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectNumberFormat, formatAmount, parseAmount } from '../../../src/core/ingest/numbers.ts';
import type { DecimalSeparator, ThousandsSeparator } from '../../../src/core/ingest/types.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('parseAmount', () => {
  const cases: [text: string, d: DecimalSeparator, t: ThousandsSeparator, expected: number][] = [
    ['12.50', '.', '', 12.5],
    ['-3', '.', '', -3],
    ['.5', '.', '', 0.5],
    ['+7.25', '.', '', 7.25],
    ['$1,234.56', '.', ',', 1234.56],
    ['($12.00)', '.', ',', -12], // accounting refund
    ['$(12.00)', '.', ',', -12],
    ['12.00-', '.', '', -12], // trailing minus (SAP exports)
    ['-$5', '.', '', -5],
    ['USD 1,000', '.', ',', 1000],
    ['1 000 EUR', '.', '', 1000], // spaces group thousands whatever the setting
    [`1${NBSP}234,50`, ',', NBSP, 1234.5],
    [`1${NNBSP}234,50 ₽`, ',', ' ', 1234.5],
    ['1.234.567,89', ',', '.', 1234567.89],
    ['12,50 лв.', ',', '', 12.5],
    ['1 200,00 лв.', ',', ' ', 1200],
    ['89,99 lei', ',', '.', 89.99],
    ['RON 5,5', ',', '', 5.5],
    ["1'234.5", '.', "'", 1234.5],
    ['−4,5', ',', '', -4.5], // U+2212 minus sign
    ['1e3', '.', '', 1000],
    ['12abc', '.', '', NaN],
    ['1.2.3', '.', '', NaN],
    ['12,3,4', '.', ',', NaN], // groups after the first must have three digits
    ['1,234', '.', '', NaN], // comma is not a separator here
    ['NaN', '.', '', NaN],
    ['Infinity', '.', '', NaN],
    ['1e999', '.', '', NaN], // overflows to Infinity
    ['', '.', '', NaN],
    ['-', '.', '', NaN],
    ['--5', '.', '', NaN],
    ['$$5', '.', '', NaN],
    ['0x10', '.', '', NaN], // Number() would read 16
  ];
  it.each(cases)('%j with %j / %j → %d', (text, d, t, expected) => {
    expect(parseAmount(text, d, t)).toBe(expected);
  });

  const dialects: [DecimalSeparator, ThousandsSeparator][] = [
    ['.', ''],
    ['.', ','],
    ['.', ' '],
    ['.', "'"],
    [',', ''],
    [',', '.'],
    [',', NBSP],
    [',', ' '],
  ];
  it.each(dialects)('reads back formatAmount in %j / %j', (d, t) => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (v, decimals) => {
          // The expected value is what toFixed rounds to; +0 folds -0 into 0.
          const expected = Number(v.toFixed(decimals)) + 0;
          expect(parseAmount(formatAmount(v, d, t, decimals), d, t) + 0).toBe(expected);
        },
      ),
    );
  });
});

describe('detectNumberFormat', () => {
  const cases: [name: string, samples: string[], d: DecimalSeparator, t: ThousandsSeparator][] = [
    ['plain points', ['12.50', '3.99', '100'], '.', ''],
    ['Russian: comma decimals, NBSP groups', [`1${NBSP}234,50`, '99,90', '-150,00'], ',', NBSP],
    ['US dollars with comma groups', ['$1,234.56', '$12.00', '($12.00)'], '.', ','],
    ['German: dot groups, comma decimals', ['1.234,50', '12,00'], ',', '.'],
    ['currency suffix with a point (лв.) does not vote', ['12,50 лв.', '30,00 лв.'], ',', ''],
    ['space groups', ['1 200,00', '30,00'], ',', ' '],
    ['Swiss apostrophes', ["1'234.50", '99.00'], '.', "'"],
    ['integers only: point assumed', ['12', '300'], '.', ''],
  ];
  it.each(cases)('%s', (_name, samples, d, t) => {
    const guess = detectNumberFormat(samples);
    expect([guess.decimal, guess.thousands]).toEqual([d, t]);
    // The note names the separator chosen, or says that none was seen.
    expect(guess.note).toMatch(d === ',' ? /decimal comma/ : /decimal point/);
  });
});
