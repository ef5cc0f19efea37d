import { describe, expect, it } from 'vitest';
import {
  fitCustomerModels,
  predictCustomers,
  predictFromFits,
  summaryFromColumns,
  type BgNbdFit,
} from '../../../src/core/models/index.ts';
import { publishedRows } from './cdnow.ts';

const options = { horizonPeriods: 52, periodLength: 1, discountPerPeriod: 0.01, margin: 1 };

describe('fitCustomerModels', () => {
  it('fits both models on CDNOW to the published values (Fader, Hardie & Lee 2005; lifetimes)', () => {
    const rows = publishedRows();
    const summary = summaryFromColumns(
      rows.map((r) => String(r.id)),
      rows.map((r) => r.x),
      rows.map((r) => r.tx),
      rows.map((r) => r.T),
      rows.map((r) => r.zbar),
    );
    const fits = fitCustomerModels(summary);
    expect(fits.bgnbd.params.r).toBeCloseTo(0.2426, 3);
    expect(fits.bgnbd.params.b).toBeCloseTo(2.4259, 2);
    expect(fits.gammaGamma?.params.p).toBeCloseTo(6.2488, 2);
    expect(fits.gammaGammaError).toBeNull();
  });

  it('keeps the reason instead of throwing when Gamma-Gamma cannot be fitted', () => {
    // Two repeat buyers, neither with a spend: Gamma-Gamma has nothing to fit.
    const summary = summaryFromColumns(
      ['a', 'b', 'c', 'd'],
      [0, 2, 3, 0],
      [0, 10, 20, 0],
      [30, 30, 30, 30],
      [NaN, NaN, NaN, NaN],
    );
    const fits = fitCustomerModels(summary);
    expect(fits.gammaGamma).toBeNull();
    expect(fits.gammaGammaError).toMatch(/repeat customers with positive spend/);
  });
});

describe('predictFromFits', () => {
  const summary = summaryFromColumns(
    ['a', 'b', 'c'],
    [0, 2, 7],
    [0, 30.43, 38.86],
    [38.86, 38.86, 38.86],
    [0, 22.35, 5],
  );
  const bgnbd = { params: { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 } } as BgNbdFit;

  it('without Gamma-Gamma gives the same counts and risk as the full prediction, and no money', () => {
    // Plumbing, not arithmetic: both paths call the same core functions.
    const gg = { p: 6.2488, q: 3.7446, gamma: 15.4477 };
    const full = predictCustomers(summary, bgnbd.params, gg, options);
    const counts = predictFromFits(summary, { bgnbd, gammaGamma: null }, options);
    expect(Array.from(counts.pAlive)).toEqual(Array.from(full.pAlive));
    expect(Array.from(counts.expectedPurchases)).toEqual(Array.from(full.expectedPurchases));
    expect(Array.from(counts.pNoPurchase)).toEqual(Array.from(full.pNoPurchase));
    expect(counts.horizon).toBe(full.horizon);
    expect(Array.from(counts.clv).every(Number.isNaN)).toBe(true);
  });

  it('refuses invalid CLV terms', () => {
    expect(() =>
      predictFromFits(summary, { bgnbd, gammaGamma: null }, { ...options, horizonPeriods: 0 }),
    ).toThrow(/horizonPeriods/);
  });
});
