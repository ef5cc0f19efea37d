import { describe, expect, it } from 'vitest';
import {
  fitSbg,
  sbgDel,
  sbgDerl,
  sbgRetention,
  sbgSurvival,
} from '../../../src/core/models/index.ts';

// Fader & Hardie 2007, "How to Project Customer Retention", table 1 ("High End", years 0–7)
// and their MLE α = 0.668, β = 3.806.
const HIGH_END = [1, 0.869, 0.743, 0.653, 0.593, 0.551, 0.517, 0.491];

describe('sBG', () => {
  const fit = fitSbg(HIGH_END);

  it('reproduces the published High End fit (relative 5e-3)', () => {
    expect(fit.converged).toBe(true);
    expect(Math.abs(fit.params.alpha / 0.668 - 1)).toBeLessThan(5e-3);
    expect(Math.abs(fit.params.beta / 3.806 - 1)).toBeLessThan(5e-3);
  });

  it('gives the same fit from counts as from fractions', () => {
    const counts = fitSbg(HIGH_END.map((s) => s * 1000));
    expect(counts.customers).toBe(1000);
    expect(counts.params.alpha).toBeCloseTo(fit.params.alpha, 5);
  });

  it('survival and retention follow eqs. 7–8', () => {
    const p = { alpha: 0.668, beta: 3.806 };
    const s = sbgSurvival(p, 3);
    const r = sbgRetention(p, 3);
    // Hand calculation: S(1) = β/(α+β) = 3.806/4.474.
    expect(s[1]).toBeCloseTo(3.806 / 4.474, 14);
    expect(s[3]! / s[2]!).toBeCloseTo(r[3]!, 14);
  });

  it('DERL and DEL equal their defining sums Σ S(t)/S(n−1)·(1+d)^−(t−n)', () => {
    const p = { alpha: 0.668, beta: 3.806 };
    const s = sbgSurvival(p, 20000);
    for (const [d, n] of [
      [0.1, 1],
      [0.1, 5],
      [0.02, 3],
    ] as const) {
      let sum = 0;
      for (let t = n; t < 20000; t++) sum += s[t]! / s[n - 1]! / (1 + d) ** (t - n);
      expect(sbgDerl(p, d, n - 1)).toBeCloseTo(sum, 8);
    }
    let del = 0;
    for (let t = 0; t < 20000; t++) del += s[t]! / 1.1 ** t;
    expect(sbgDel(p, 0.1)).toBeCloseTo(del, 8);
  });

  it('rejects a rising survival series', () => {
    expect(() => fitSbg([1, 0.8, 0.9])).toThrow(/non-increasing/);
  });
});
