import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate, type DayNumber } from '../../../src/core/model.ts';
import {
  daysFromCivil,
  detectDateFormat,
  formatDate,
  parseDate,
} from '../../../src/core/ingest/dates.ts';
import type { DateFormat } from '../../../src/core/ingest/types.ts';

describe('parseDate', () => {
  const cases: [text: string, format: DateFormat, expected: string | undefined][] = [
    ['2024-03-05', 'iso', '2024-03-05'],
    ['2024-03-05T10:00:00Z', 'iso', '2024-03-05'], // time ignored, date as written
    ['2024-03-05 23:59', 'iso', '2024-03-05'],
    ['2024-3-5', 'iso', '2024-03-05'],
    ['2024/03/05', 'iso', undefined], // iso only takes '-'
    ['2024/03/05', 'ymd', '2024-03-05'],
    ['2024.03.05', 'ymd', '2024-03-05'],
    ['05.03.2024', 'dmy', '2024-03-05'],
    ['05.03.2024 10:00', 'dmy', '2024-03-05'],
    ['5/3/24', 'dmy', '2024-03-05'], // two-digit year 24 → 2024
    ['5-3-70', 'dmy', '1970-03-05'], // 70 → 1970
    ['5-3-69', 'dmy', '2069-03-05'], // 69 → 2069
    ['3/5/2024 1:05 PM', 'mdy', '2024-03-05'],
    ['12/25/2024', 'mdy', '2024-12-25'],
    ['12/25/2024', 'dmy', undefined], // month 25
    ['31.02.2024', 'dmy', undefined], // no 31 February
    ['29.02.2024', 'dmy', '2024-02-29'], // leap year
    ['29.02.2023', 'dmy', undefined],
    ['29.02.1900', 'dmy', undefined], // 1900 is not a leap year
    ['29.02.2000', 'dmy', '2000-02-29'], // 2000 is
    ['05.03-2024', 'dmy', undefined], // mixed separators
    ['05.03.202', 'dmy', undefined], // three-digit year
    ['05.03.2024x', 'dmy', undefined],
    ['19970101', 'yyyymmdd', '1997-01-01'],
    ['19971301', 'yyyymmdd', undefined],
    ['1997010', 'yyyymmdd', undefined],
    ['45292', 'excel', '2024-01-01'], // Excel: =DATE(2024,1,1) is 45292
    ['45293.5', 'excel', '2024-01-02'], // noon of the next day
    ['61', 'excel', '1900-03-01'], // after Excel's fictitious 1900-02-29 (serial 60)
    ['59', 'excel', '1900-02-28'],
    ['60', 'excel', undefined],
    ['1', 'excel', '1900-01-01'],
    ['', 'iso', undefined],
    [' 2024-03-05 ', 'iso', '2024-03-05'],
  ];
  it.each(cases)('%j as %s → %s', (text, format, expected) => {
    const day = parseDate(text, format);
    expect(day === undefined ? undefined : isoDate(day)).toBe(expected);
  });

  it('daysFromCivil agrees with Date.UTC from 1800 to 2300', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2300 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          expect(daysFromCivil(y, m, d)).toBe(dayNumber(y, m, d));
        },
      ),
    );
  });

  const formats: [DateFormat, string | undefined][] = [
    ['iso', undefined],
    ['ymd', '/'],
    ['ymd', '.'],
    ['dmy', '.'],
    ['dmy', '/'],
    ['dmy', '-'],
    ['mdy', '/'],
    ['yyyymmdd', undefined],
    ['excel', undefined],
  ];
  it.each(formats)('reads back formatDate in %s with %j', (format, separator) => {
    // 1900-03-01 … 2199-12-31, the importer's accepted range (after Excel's 1900 bug).
    fc.assert(
      fc.property(fc.integer({ min: -25508, max: 84005 }), (day) => {
        const text = formatDate(day as DayNumber, format, separator);
        expect(parseDate(text, format)).toBe(day);
      }),
    );
  });
});

describe('detectDateFormat', () => {
  const cases: [name: string, samples: string[], format: DateFormat, note: RegExp][] = [
    ['ISO', ['2024-01-05', '2024-02-10T10:00:00Z'], 'iso', /ISO/],
    ['year first with slashes', ['2024/01/05', '2024/02/10'], 'ymd', /year-first/],
    ['CDNOW compact', ['19970101', '19970112'], 'yyyymmdd', /compact/],
    ['Excel serials', ['45292', '45293.5', '45351'], 'excel', /Excel/],
    [
      'day first: 2 of 3 have a first number above 12',
      ['14/01/2024', '25/02/2024', '01/03/2024'],
      'dmy',
      /day first: 2 of 3 dates have a first number above 12/,
    ],
    [
      'month first: 2 of 3 have a second number above 12',
      ['3/5/2024', '3/14/2024', '12/25/2024'],
      'mdy',
      /month first: 2 of 3/,
    ],
    [
      'dotted and ambiguous: day first by convention',
      ['01.02.2024', '03.04.2024'],
      'dmy',
      /dotted/,
    ],
    [
      // Read month-first these run 01-02, 01-09, 02-03, 03-01 in order; day-first they do not.
      'slashed and ambiguous: the order of the rows decides',
      ['1/2/2024', '1/9/2024', '2/3/2024', '3/1/2024'],
      'mdy',
      /ambiguous.*month first keeps 3 of 3/,
    ],
    ['slashed, ambiguous, no order either way', ['1/2/2024'], 'dmy', /ambiguous/],
  ];
  it.each(cases)('%s', (_name, samples, format, note) => {
    const guess = detectDateFormat(samples);
    expect(guess.dateFormat).toBe(format);
    expect(guess.note).toMatch(note);
  });
});
