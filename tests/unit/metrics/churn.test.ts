import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CHURN_GROUPS,
  churnCustomers,
  churnSeries,
  churnSeriesContractual,
  lostCustomers,
  periodEnd,
  periodIndex,
  reactivatedCustomers,
  suggestWindow,
  type Grain,
} from '../../../src/core/metrics/index.ts';
import { parseIsoDate, type TransactionColumns } from '../../../src/core/model.ts';
import { arbitraryColumns, columnsOf } from './helpers.ts';

const day = (text: string) => parseIsoDate(text)!;

// W = 30: a purchase on t keeps the customer active on t … t + 29.
// A: Jan 10 + Feb 5 (gap 26) → active Jan 10 … Mar 6; Apr 20 → active again.
// B: Jan 25 → active until Feb 23. C: Feb 28 → until Mar 29.
// D: Jan 31 + Mar 1 (gap 29) → active until Mar 30. Data ends Apr 20 (April incomplete).
const data = columnsOf([
  ['A', '2022-01-10', 10],
  ['B', '2022-01-25', 10],
  ['D', '2022-01-31', 10],
  ['A', '2022-02-05', 10],
  ['C', '2022-02-28', 10],
  ['D', '2022-03-01', 10],
  ['A', '2022-04-20', 10],
]);
const options = { window: 30, grain: 'month' as const };
const ids = (a: Int32Array) => Array.from(a, (i) => data.customerIds[i]);

describe('churnSeries', () => {
  it('counts active, new, lost and reactivated customers per period', () => {
    const { periods } = churnSeries(data, options);
    const pick = periods.map((p) => [
      p.period,
      p.activeAtStart,
      p.new,
      p.lost,
      p.reactivated,
      p.activeAtEnd,
    ]);
    expect(pick).toEqual([
      // On Jan 31: A, B, D active (all new).
      ['2022-01', 0, 3, 0, 0, 3],
      // On Feb 28: A, C, D; B lost (inactive since Feb 24); C new.
      ['2022-02', 3, 1, 1, 0, 3],
      // On Mar 31 nobody: A ended Mar 6, C Mar 29, D Mar 30.
      ['2022-03', 3, 0, 3, 0, 0],
      // April judged on Apr 20, the data's last day: A is back.
      ['2022-04', 0, 0, 0, 1, 1],
    ]);
    expect(periods.map((p) => p.churnRate)).toEqual([null, 1 / 3, 1, null]);
    expect(periods[1]!.retention).toBeCloseTo(2 / 3, 12);
    expect(periods.map((p) => p.complete)).toEqual([true, true, true, false]);
    // Active during Feb: the 3 active at its start, plus C who started a spell in Feb.
    expect(periods.map((p) => p.activeDuring)).toEqual([3, 4, 3, 1]);
  });

  it('lists the customers behind each number', () => {
    expect(ids(lostCustomers(data, '2022-02', options))).toEqual(['B']);
    expect(ids(lostCustomers(data, '2022-03', options))).toEqual(['A', 'D', 'C']);
    expect(ids(reactivatedCustomers(data, '2022-04', options))).toEqual(['A']);
    expect(ids(churnCustomers(data, '2022-02', 'new', options))).toEqual(['C']);
    expect(() => lostCustomers(data, '2023-01', options)).toThrow(
      'invalid period: 2023-01 is outside the data',
    );
  });

  it('rejects a bad window', () => {
    expect(() => churnSeries(data, { window: 0, grain: 'month' })).toThrow('invalid window: 0');
    expect(() => churnSeries(data, { window: 30, grain: 'year' as Grain })).toThrow(
      'invalid grain: year',
    );
  });
});

describe('suggestWindow', () => {
  it('takes the P90 of gaps between distinct purchase days (nearest rank)', () => {
    // Gaps: A 26 and 74, D 29 → 3 gaps; rank ⌈0.9 × 3⌉ = 3 → 74.
    expect(suggestWindow(data)).toEqual({
      days: 74,
      reason: '90% of repeat purchases come within 74 days of the previous one (P90 of 3 gaps)',
      gaps: 3,
    });
  });

  it('falls back to 90 days without repeat purchases', () => {
    // Two rows on the same day are one purchase day: no gap.
    const once = columnsOf([
      ['A', '2022-01-10', 1],
      ['A', '2022-01-10', 1],
      ['B', '2022-03-01', 1],
    ]);
    expect(suggestWindow(once).days).toBe(90);
  });
});

describe('churnSeriesContractual', () => {
  it('loses customers when their contract ends', () => {
    const signup = Int32Array.from(['2022-01-05', '2022-01-20', '2022-02-10', '2022-03-01'], day);
    // Ends are the first day without a contract; −1 = still running.
    const end = Int32Array.from([day('2022-03-10'), -1, day('2022-02-20'), day('2022-04-01')]);
    const { periods, asOf } = churnSeriesContractual(end, signup, { grain: 'month' });
    expect(asOf).toBe('2022-04-01');
    expect(periods.map((p) => [p.period, p.activeAtStart, p.new, p.lost, p.activeAtEnd])).toEqual([
      ['2022-01', 0, 2, 0, 2],
      ['2022-02', 2, 1, 0, 2], // customer 2 signs up and leaves within February: new only
      ['2022-03', 2, 1, 1, 2], // customer 0 ends Mar 10
      ['2022-04', 2, 0, 1, 1], // customer 3 ends Apr 1
    ]);
    expect(periods.at(-1)!.churnRate).toBe(0.5);
  });
});

/** Naive reference: status of every customer at every evaluation day, by scanning all rows. */
function reference(columns: TransactionColumns, window: number, grain: Grain) {
  const days = Array.from(columns.day);
  const first = periodIndex(Math.min(...days), grain);
  const last = periodIndex(Math.max(...days), grain);
  const maxDay = Math.max(...days);
  const active = (c: number, d: number) =>
    days.some((t, r) => columns.customer[r] === c && t <= d && t > d - window);
  const out = [];
  for (let p = first; p <= last; p++) {
    const end = Math.min(periodEnd(p, grain), maxDay);
    const before = Math.min(periodEnd(p - 1, grain), maxDay);
    let lost = 0;
    let reactivated = 0;
    let activeAtEnd = 0;
    for (let c = 0; c < columns.customerIds.length; c++) {
      const firstDay = Math.min(...days.filter((_, r) => columns.customer[r] === c));
      const wasActive = p > first && active(c, before);
      const isActive = active(c, end);
      if (isActive) activeAtEnd++;
      if (wasActive && !isActive) lost++;
      if (!wasActive && isActive && periodIndex(firstDay, grain) < p) reactivated++;
    }
    out.push({ lost, reactivated, activeAtEnd });
  }
  return out;
}

describe('churn properties', () => {
  it('match a naive reference and keep the activeAtEnd identity', () => {
    fc.assert(
      fc.property(
        arbitraryColumns(8, 30),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom<Grain>('week', 'month', 'quarter'),
        (columns, window, grain) => {
          const { periods } = churnSeries(columns, { window, grain });
          const expected = reference(columns, window, grain);
          expect(
            periods.map(({ lost, reactivated, activeAtEnd }) => ({
              lost,
              reactivated,
              activeAtEnd,
            })),
          ).toEqual(expected);
          periods.forEach((p, i) => {
            expect(p.activeAtEnd).toBe(p.activeAtStart - p.lost + p.newActive + p.reactivated);
            expect(p.activeAtStart).toBe(i === 0 ? 0 : periods[i - 1]!.activeAtEnd);
            expect(p.newActive).toBeLessThanOrEqual(p.new);
          });
          const p = periods[periods.length >> 1]!;
          for (const group of CHURN_GROUPS) {
            const key = group === 'new' ? 'new' : group;
            expect(churnCustomers(columns, p.period, group, { window, grain }).length).toBe(p[key]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
