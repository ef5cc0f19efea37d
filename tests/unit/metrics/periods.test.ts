import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumber, parseIsoDate } from '../../../src/core/model.ts';
import {
  parseGrain,
  parsePeriod,
  periodEnd,
  periodIndex,
  periodLabel,
  periodStart,
  GRAINS,
} from '../../../src/core/metrics/periods.ts';

const day = (text: string) => parseIsoDate(text)!;

describe('periods', () => {
  it.each([
    // [date, grain, label] — ISO weeks checked against the ISO 8601 calendar:
    // 2021-01-03 (Sunday) is in 2020-W53; 2021-01-04 (Monday) starts 2021-W01;
    // 2024-12-30 (Monday) is in 2025-W01; 2026-11-23 is a Monday in W48.
    ['2021-01-03', 'week', '2020-W53'],
    ['2021-01-04', 'week', '2021-W01'],
    ['2024-12-30', 'week', '2025-W01'],
    ['2026-11-23', 'week', '2026-W48'],
    ['2022-02-28', 'month', '2022-02'],
    ['2024-02-29', 'month', '2024-02'],
    ['1969-12-31', 'month', '1969-12'],
    ['2022-05-15', 'quarter', '2022-Q2'],
    ['2022-12-31', 'quarter', '2022-Q4'],
    ['2022-05-15', 'day', '2022-05-15'],
  ] as const)('%s at %s grain is %s', (date, grain, label) => {
    expect(periodLabel(periodIndex(day(date), grain), grain)).toBe(label);
  });

  it('gives period boundaries as day numbers', () => {
    const m = periodIndex(day('2024-02-10'), 'month');
    expect(periodStart(m, 'month')).toBe(dayNumber(2024, 2, 1));
    expect(periodEnd(m, 'month')).toBe(dayNumber(2024, 2, 29));
    const w = periodIndex(day('2026-11-26'), 'week'); // a Thursday
    expect(periodStart(w, 'week')).toBe(day('2026-11-23')); // Monday
    expect(periodEnd(w, 'week')).toBe(day('2026-11-29')); // Sunday
    const q = periodIndex(day('2023-11-02'), 'quarter');
    expect([periodStart(q, 'quarter'), periodEnd(q, 'quarter')]).toEqual([
      day('2023-10-01'),
      day('2023-12-31'),
    ]);
  });

  it('rejects unknown grains and labels', () => {
    expect(() => parseGrain('fortnight')).toThrow('invalid grain: fortnight');
    expect(() => parsePeriod('2022-13', 'month')).toThrow('invalid month period: 2022-13');
    expect(() => parsePeriod('2021-W53', 'week')).toThrow('invalid week period');
    expect(parsePeriod('2020-W53', 'week')).toBe(periodIndex(day('2021-01-01'), 'week'));
  });

  it('property: every day lies in its period, labels round-trip', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30000, max: 60000 }),
        fc.constantFrom(...GRAINS),
        (d, grain) => {
          const p = periodIndex(d, grain);
          expect(periodStart(p, grain)).toBeLessThanOrEqual(d);
          expect(periodEnd(p, grain)).toBeGreaterThanOrEqual(d);
          expect(periodStart(p + 1, grain)).toBe(periodEnd(p, grain) + 1);
          expect(parsePeriod(periodLabel(p, grain), grain)).toBe(p);
        },
      ),
    );
  });
});
