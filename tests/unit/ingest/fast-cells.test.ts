/**
 * The byte scanner's date reader against parseDate, the string path's: on cells shaped like
 * dates (digits and separators at any places, the fixed-width forms most files use among
 * them) it gives parseDate's day or leaves the cell undecided — never another day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNDECIDED, dateOf } from '../../../src/core/ingest/fast/cells.ts';
import { parseDate } from '../../../src/core/ingest/dates.ts';
import type { DateFormat } from '../../../src/core/ingest/types.ts';

const FORMATS: DateFormat[] = ['iso', 'ymd', 'dmy', 'mdy', 'yyyymmdd', 'excel'];
const part = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map(String),
  fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')),
  fc.constantFrom('2024', '1999', '0000', '31', '29', '02', '12', '13', '1', '9x', ''),
);
const separator = fc.constantFrom('-', '.', '/', ' ', 'T', ':');
const pad = (n: number) => String(n).padStart(2, '0');
/** The fixed-width forms: dd.mm.yyyy and yyyy-mm-dd with plausible numbers. */
const fixed = fc
  .tuple(
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 1890, max: 2110 }),
    separator,
    fc.boolean(),
  )
  .map(([a, b, year, sep, yearFirst]) =>
    yearFirst ? `${year}${sep}${pad(b)}${sep}${pad(a)}` : `${pad(a)}${sep}${pad(b)}${sep}${year}`,
  );
const cell = fc.oneof(
  fixed,
  fc.tuple(part, separator, part, separator, part).map((p) => p.join('')),
  fc.stringMatching(/^[0-9./-]{1,12}$/),
);

describe('dateOf', () => {
  it('gives what parseDate gives, or leaves the cell undecided', () => {
    fc.assert(
      fc.property(cell, fc.constantFrom(...FORMATS), (text, format) => {
        const bytes = new TextEncoder().encode(` ${text};`);
        const day = dateOf(bytes, 1, bytes.length - 1, format);
        if (day !== UNDECIDED) expect(day).toBe(parseDate(text, format));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the fixed-width forms itself', () => {
    const read = (text: string, format: DateFormat) => {
      const bytes = new TextEncoder().encode(text);
      return dateOf(bytes, 0, bytes.length, format);
    };
    expect(read('2024-01-05', 'iso')).toBe(parseDate('2024-01-05', 'iso'));
    expect(read('2024/12/31', 'ymd')).toBe(parseDate('2024/12/31', 'ymd'));
    expect(read('05.01.2024', 'dmy')).toBe(parseDate('05.01.2024', 'dmy'));
    expect(read('01/05/2024', 'mdy')).toBe(parseDate('05.01.2024', 'dmy'));
    expect(read('31.02.2024', 'dmy')).toBe(UNDECIDED);
    expect(read('2024.01-05', 'ymd')).toBe(UNDECIDED);
  });
});
