import { describe, expect, it } from 'vitest';
import {
  conditionalExpectedValue,
  fitGammaGamma,
  summaryFromColumns,
} from '../../../src/core/models/index.ts';
import { publishedSummary } from './cdnow.ts';

const relative = (actual: number, expected: number, tol: number) =>
  expect(Math.abs(actual / expected - 1)).toBeLessThanOrEqual(tol);

describe('fitGammaGamma', () => {
  it('reproduces the published CDNOW fit (relative 2e-3)', () => {
    // lifetimes docs ("Estimating customer lifetime value using the Gamma-Gamma model"):
    // p = 6.2488, q = 3.7446, v = 15.4477 on the 946 repeat customers of the CDNOW summary.
    const fit = fitGammaGamma(publishedSummary());
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(946);
    relative(fit.params.p, 6.2488, 2e-3);
    relative(fit.params.q, 3.7446, 2e-3);
    relative(fit.params.gamma, 15.4477, 2e-3);
    expect(fit.warning).toBeUndefined(); // lifetimes docs: corr(frequency, monetary) ≈ 0.11
  });

  it('warns when frequency and spend are correlated', () => {
    // Spend rising with frequency: Pearson ≈ 0.99 by construction.
    const x = [1, 2, 3, 4, 5, 6, 7, 8];
    const m = x.map((v) => 10 * v + (v % 2));
    const s = summaryFromColumns(
      x.map(String),
      x,
      x,
      x.map(() => 10),
      m,
    );
    expect(fitGammaGamma(s).warning).toMatch(/correlated/);
  });
});

describe('conditionalExpectedValue', () => {
  const params = { p: 6.25, q: 3.74, gamma: 15.44 };
  it('is the population mean pγ/(q−1) without repeat purchases', () => {
    expect(conditionalExpectedValue(params, 0, 0)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
  });
  it('weights the population mean and the customer mean (note 025 eq. 5)', () => {
    // Hand calculation for x = 2, m = 22.35: weights 2.74/15.24 and 12.5/15.24.
    const expected = (2.74 / 15.24) * ((6.25 * 15.44) / 2.74) + (12.5 / 15.24) * 22.35;
    expect(conditionalExpectedValue(params, 2, 22.35)).toBeCloseTo(expected, 12);
  });
  it('shrinks a repeat customer whose purchases all cost 0 towards 0, not to the population mean', () => {
    // CDNOW customer 10244 style: x = 1, m̄ = 0. Hand calculation: weight of the population
    // mean (q−1)/(p+q−1) = 2.74/8.99, times pγ/(q−1), plus 0 × the own mean = pγ/(p+q−1).
    expect(conditionalExpectedValue(params, 1, 0)).toBeCloseTo((6.25 * 15.44) / 8.99, 12);
    expect(conditionalExpectedValue(params, 1, 0)).toBeLessThan((6.25 * 15.44) / 2.74 / 3);
  });
});
