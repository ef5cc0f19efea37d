import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conditionalExpectedPurchases,
  conditionalExpectedPurchasesAll,
  expectedFrequencyCounts,
  expectedPurchases,
  fitBgNbd,
  probabilityAlive,
  probabilityNoPurchase,
  purchaseCountDistribution,
  type BgNbdParams,
} from '../../../src/core/models/index.ts';
import { publishedSummary } from './cdnow.ts';

const relative = (actual: number, expected: number, tol: number) =>
  expect(Math.abs(actual / expected - 1)).toBeLessThanOrEqual(tol);

// Published MLE on the CDNOW calibration data (Fader, Hardie & Lee 2005, §5; lifetimes docs).
const CDNOW: BgNbdParams = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 };

describe('fitBgNbd on the CDNOW summary', () => {
  const fit = fitBgNbd(publishedSummary());

  it('reproduces the published parameters and log-likelihood (relative 1e-3)', () => {
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(2357);
    relative(fit.params.r, CDNOW.r, 1e-3);
    relative(fit.params.alpha, CDNOW.alpha, 1e-3);
    relative(fit.params.a, CDNOW.a, 1e-3);
    relative(fit.params.b, CDNOW.b, 1e-3);
    relative(fit.logLikelihood, -9582.43, 1e-3); // FHL 2005: LL = −9582.4
  });

  it('predicts 1.226 purchases in 39 weeks for x = 2, t_x = 30.43, T = 38.86 (abs 1e-3)', () => {
    // FHL 2005 §5 (the customer used in the paper and in lifetimes' quickstart).
    expect(
      Math.abs(conditionalExpectedPurchases(fit.params, 2, 30.43, 38.86, 39) - 1.226),
    ).toBeLessThan(1e-3);
  });
});

describe('BG/NBD predictions', () => {
  it('P(alive) = 1 at x = 0, matches note 021 eq. 1 otherwise', () => {
    expect(probabilityAlive(CDNOW, 0, 0, 38.86)).toBe(1);
    // Hand calculation: 1 / (1 + a/(b+1) · ((α+38.86)/(α+30.43))^(r+2)).
    const odds =
      (CDNOW.a / (CDNOW.b + 1)) * ((CDNOW.alpha + 38.86) / (CDNOW.alpha + 30.43)) ** (CDNOW.r + 2);
    expect(probabilityAlive(CDNOW, 2, 30.43, 38.86)).toBeCloseTo(1 / (1 + odds), 14);
  });

  it('E[X(t)] equals Σ n·P(X(t) = n) and the distribution sums to 1', () => {
    const dist = purchaseCountDistribution(CDNOW, 39, 400);
    const sum = dist.reduce((s, p) => s + p, 0);
    const mean = dist.slice(0, 400).reduce((s, p, n) => s + n * p, 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(Math.abs(mean - expectedPurchases(CDNOW, 39))).toBeLessThan(1e-6);
  });

  it('expected frequency counts add up to the number of customers', () => {
    const T = Float64Array.from([10, 20, 20, 38.86]);
    const counts = expectedFrequencyCounts(CDNOW, T, 7);
    expect(counts.reduce((s, c) => s + c, 0)).toBeCloseTo(4, 10);
  });

  it('stays finite for x = 0, x = 10 000, T = t_x and T = 0', () => {
    const cases: [number, number, number][] = [
      [0, 0, 38.86],
      [0, 0, 0],
      [10000, 38.86, 38.86],
      [10000, 30, 38.86],
      [5, 20, 20],
    ];
    for (const [x, tx, T] of cases) {
      for (const t of [0, 1, 39, 520, 1e6]) {
        const e = conditionalExpectedPurchases(CDNOW, x, tx, T, t);
        const q = probabilityNoPurchase(CDNOW, x, tx, T, t);
        expect(Number.isFinite(e) && e >= 0).toBe(true);
        expect(q >= 0 && q <= 1).toBe(true);
      }
    }
    // A very frequent buyer seen on the last day buys about x/T per unit: 10000/38.86 · 1.
    expect(conditionalExpectedPurchases(CDNOW, 10000, 38.86, 38.86, 1)).toBeGreaterThan(200);
  });

  it('the vectorised form equals the scalar one', () => {
    const s = {
      x: Float64Array.of(0, 2, 7),
      tx: Float64Array.of(0, 30.43, 12),
      T: Float64Array.of(38.86, 38.86, 30),
    };
    const all = conditionalExpectedPurchasesAll(CDNOW, s, 39);
    all.forEach((v, i) =>
      expect(v).toBe(conditionalExpectedPurchases(CDNOW, s.x[i]!, s.tx[i]!, s.T[i]!, 39)),
    );
  });
});

describe('BG/NBD properties (fast-check)', () => {
  const params = fc.record({
    r: fc.double({ min: 0.05, max: 5, noNaN: true }),
    alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
    a: fc.double({ min: 0.1, max: 5, noNaN: true }),
    b: fc.double({ min: 0.1, max: 10, noNaN: true }),
  });
  const customer = fc
    .record({
      x: fc.integer({ min: 0, max: 10000 }),
      T: fc.double({ min: 0, max: 500, noNaN: true }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ x, T, share }) => ({ x, T, tx: x === 0 ? 0 : T * share }));
  const horizons = fc
    .tuple(
      fc.double({ min: 0, max: 1000, noNaN: true }),
      fc.double({ min: 0, max: 1000, noNaN: true }),
    )
    .map(([u, v]) => [Math.min(u, v), Math.max(u, v)] as const);

  it('0 ≤ P(alive) ≤ 1; E[purchases] ≥ 0 and rising; P(none) in [0, 1] and falling', () => {
    fc.assert(
      fc.property(params, customer, horizons, (p, c, [t1, t2]) => {
        const alive = probabilityAlive(p, c.x, c.tx, c.T);
        const e1 = conditionalExpectedPurchases(p, c.x, c.tx, c.T, t1);
        const e2 = conditionalExpectedPurchases(p, c.x, c.tx, c.T, t2);
        const q1 = probabilityNoPurchase(p, c.x, c.tx, c.T, t1);
        const q2 = probabilityNoPurchase(p, c.x, c.tx, c.T, t2);
        expect(alive >= 0 && alive <= 1).toBe(true);
        expect(e1 >= 0 && Number.isFinite(e2)).toBe(true);
        expect(e2).toBeGreaterThanOrEqual(e1 - 1e-9 * (1 + e1));
        expect(q1 >= 0 && q1 <= 1 && q2 >= 0 && q2 <= 1).toBe(true);
        expect(q2).toBeLessThanOrEqual(q1 + 1e-12);
      }),
      { numRuns: 500 },
    );
  });
});
