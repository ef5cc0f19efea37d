import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GROWTH_GROUPS,
  growthAccounting,
  growthCustomers,
  type TransactionColumns,
} from '../../../src/core/index.ts';

function columns(rows: [number, number][]): TransactionColumns {
  const customers = rows.length ? Math.max(...rows.map(([c]) => c)) + 1 : 0;
  return {
    customer: Int32Array.from(rows, ([c]) => c),
    day: Int32Array.from(rows, ([, d]) => d),
    amount: Float64Array.from(rows, () => 10),
    customerIds: Array.from({ length: customers }, (_, i) => `c${i}`),
  };
}

describe('growthCustomers', () => {
  it('on a hand-made history: January 2024 = day 19723', () => {
    // c0 buys Jan, Feb, Apr; c1 buys Jan only; c2 buys Feb, Mar. Monthly:
    // Mar: retained = c2 (Feb and Mar), lost = c0 (Feb, not Mar); Apr: resurrected = c0.
    const jan = 19_723;
    const data = columns([
      [0, jan + 3],
      [0, jan + 35],
      [0, jan + 95],
      [1, jan + 10],
      [2, jan + 40],
      [2, jan + 70],
    ]);
    const list = (period: string, group: (typeof GROWTH_GROUPS)[number]) =>
      Array.from(growthCustomers(data, { grain: 'month', period, group }));
    expect(list('2024-01', 'new')).toEqual([0, 1]);
    expect(list('2024-02', 'lost')).toEqual([1]);
    expect(list('2024-03', 'retained')).toEqual([2]);
    expect(list('2024-03', 'lost')).toEqual([0]);
    expect(list('2024-04', 'resurrected')).toEqual([0]);
  });

  it('lists as many customers as growthAccounting counts, for every period and group', () => {
    const rows = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 19_000, max: 19_400 })),
      {
        minLength: 1,
        maxLength: 80,
      },
    );
    fc.assert(
      fc.property(rows, fc.constantFrom('week', 'month', 'quarter' as const), (r, grain) => {
        const data = columns(r);
        for (const p of growthAccounting(data, { grain }).periods) {
          for (const group of GROWTH_GROUPS) {
            expect(growthCustomers(data, { grain, period: p.period, group }).length).toBe(p[group]);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
