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

describe('discounted CLV for many distinct ages (interpolated in T)', () => {
  it('equals the defining sum for 600 customers per frequency with continuous T', () => {
    // 600 distinct T per x puts each group above the interpolation threshold (512). Expected:
    // the defining sum with conditionalExpectedPurchases per period, per customer.
    const n = 600;
    const xs = [0, 1, 4];
    const ids: string[] = [];
    const x: number[] = [];
    const tx: number[] = [];
    const T: number[] = [];
    const m: number[] = [];
    xs.forEach((freq) => {
      for (let i = 0; i < n; i++) {
        const age = 0.5 + ((103.5 * (i * 0.618034)) % 103.5);
        ids.push(`${freq}-${i}`);
        x.push(freq);
        tx.push(freq > 0 ? age / 2 : 0);
        T.push(age);
        m.push(freq > 0 ? 20 : 0);
      }
    });
    const s = summaryFromColumns(ids, x, tx, T, m);
    const options = { horizonPeriods: 26, periodLength: 2, discountPerPeriod: 0.01, margin: 1 };
    const clv = predictCustomers(s, bg, gg, options).clv;
    let worst = 0;
    for (let i = 0; i < ids.length; i += 37) {
      let expected = 0;
      for (let k = 1; k <= 26; k++) {
        const step =
          conditionalExpectedPurchases(bg, x[i]!, tx[i]!, T[i]!, 2 * k) -
          conditionalExpectedPurchases(bg, x[i]!, tx[i]!, T[i]!, 2 * (k - 1));
        expected += (step * conditionalExpectedValue(gg, x[i]!, m[i]!)) / 1.01 ** k;
      }
      worst = Math.max(worst, Math.abs(clv[i]! / expected - 1));
    }
    expect(worst).toBeLessThan(1e-10);
  });
});
