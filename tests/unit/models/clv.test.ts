import { describe, expect, it } from 'vitest';
import {
  conditionalExpectedPurchases,
  conditionalExpectedValue,
  predictCustomers,
  summaryFromColumns,
} from '../../../src/core/models/index.ts';

const bg = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }; // FHL 2005 CDNOW
const gg = { p: 6.2488, q: 3.7446, gamma: 15.4477 }; // lifetimes docs CDNOW
const summary = summaryFromColumns(
  ['a', 'b', 'c'],
  [0, 2, 10000],
  [0, 30.43, 38.86],
  [38.86, 38.86, 38.86],
  [0, 22.35, 5],
);

describe('predictCustomers', () => {
  const options = {
    horizonPeriods: 12,
    periodLength: 52 / 12,
    discountPerPeriod: 0.01,
    margin: 0.3,
  };
  const out = predictCustomers(summary, bg, gg, options);

  it('sums discounted period increments (hand calculation for customer b)', () => {
    let expected = 0;
    for (let k = 1; k <= 12; k++) {
      const step =
        conditionalExpectedPurchases(bg, 2, 30.43, 38.86, (k * 52) / 12) -
        conditionalExpectedPurchases(bg, 2, 30.43, 38.86, ((k - 1) * 52) / 12);
      expected += (step * conditionalExpectedValue(gg, 2, 22.35) * 0.3) / 1.01 ** k;
    }
    expect(out.clv[1]).toBeCloseTo(expected, 10);
    expect(out.horizon).toBeCloseTo(52, 12);
  });

  it('equals the defining sum on both sides of z = 0.6 (two years of weekly periods)', () => {
    // z = t/(α+T+t) passes 0.6 at t ≈ 65 weeks: the precomputed series before, the general
    // 2F1 after. Expected: the defining sum with conditionalExpectedPurchases per period.
    const long = { horizonPeriods: 104, periodLength: 1, discountPerPeriod: 0.002, margin: 1 };
    const clv = predictCustomers(summary, bg, gg, long).clv;
    const rows = [
      [0, 0, 0],
      [2, 30.43, 22.35],
      [10000, 38.86, 5],
    ] as const;
    rows.forEach(([x, tx, m], i) => {
      let expected = 0;
      for (let k = 1; k <= 104; k++) {
        const step =
          conditionalExpectedPurchases(bg, x, tx, 38.86, k) -
          conditionalExpectedPurchases(bg, x, tx, 38.86, k - 1);
        expected += (step * conditionalExpectedValue(gg, x, m)) / 1.002 ** k;
      }
      expect(clv[i]).toBeCloseTo(expected, 9);
    });
  });

  it('is finite for every customer, and below the undiscounted value', () => {
    for (let i = 0; i < 3; i++) {
      expect(Number.isFinite(out.clv[i]!)).toBe(true);
      expect(out.clv[i]!).toBeLessThanOrEqual(
        out.expectedPurchases[i]! * out.expectedValue[i]! * 0.3 + 1e-9,
      );
    }
  });

  it('rejects bad options by name', () => {
    expect(() => predictCustomers(summary, bg, gg, { ...options, horizonPeriods: 0 })).toThrow(
      /horizonPeriods/,
    );
    expect(() => predictCustomers(summary, bg, gg, { ...options, periodLength: -1 })).toThrow(
      /periodLength/,
    );
  });
});
