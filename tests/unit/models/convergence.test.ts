/**
 * Honest convergence: the analytic gradients agree with finite differences of the
 * likelihoods written out per customer (bgnbdLogLikelihood, gammaGammaLogLikelihood), and at
 * every optimum a fit reports, the gradient is ≈ 0 and one more Newton step moves no
 * parameter by more than 1e-7 (relative). Data: the CDNOW calibration summary and summaries
 * drawn from the models (tests/bench/synthetic-summary.ts, fixed seed), 2 000 customers and
 * 100 000 (the latter takes the subsample warm-start path).
 */
import { describe, expect, it } from 'vitest';
import { compressRows } from '../../../src/core/models/compress.ts';
import {
  bgnbdLogLikelihood,
  bgnbdObjective,
  fitBgNbd,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  gammaGammaObjective,
  hessianOf,
  fitSbg,
  sbgLogLikelihood,
  sbgObjective,
  type CustomerSummary,
  type ObjectiveWithGradient,
} from '../../../src/core/models/index.ts';
import { syntheticSummary } from '../../bench/synthetic-summary.ts';
import { publishedSummary } from './cdnow.ts';

const datasets: [string, () => CustomerSummary][] = [
  ['CDNOW', publishedSummary],
  ['synthetic 2 000', () => syntheticSummary(2_000)],
  ['synthetic 100 000', () => syntheticSummary(100_000)],
];

/** Mean −ln L of BG/NBD over the customers, one customer at a time (no grouping, no scaling). */
function bgnbdMeanNll(s: CustomerSummary, theta: number[]): number {
  const [r, alpha, a, b] = theta.map(Math.exp) as [number, number, number, number];
  let sum = 0;
  for (let i = 0; i < s.x.length; i++)
    sum += bgnbdLogLikelihood({ r, alpha, a, b }, s.x[i]!, s.tx[i]!, s.T[i]!);
  return -sum / s.x.length;
}

/** Mean −ln f(m̄) of Gamma-Gamma over the repeat customers with positive spend. */
function ggMeanNll(s: CustomerSummary, theta: number[]): number {
  const [p, q, gamma] = theta.map(Math.exp) as [number, number, number];
  let sum = 0;
  let n = 0;
  for (let i = 0; i < s.x.length; i++) {
    if (!(s.x[i]! > 0 && s.monetary[i]! > 0)) continue;
    sum += gammaGammaLogLikelihood({ p, q, gamma }, s.x[i]!, s.monetary[i]!);
    n++;
  }
  return -sum / n;
}

/** Central differences of f at theta, step 1e-5 in each log-parameter. */
function finiteGradient(f: (theta: number[]) => number, theta: number[]): number[] {
  return theta.map((_, i) => {
    const h = 1e-5;
    const up = theta.map((v, j) => (j === i ? v + h : v));
    const down = theta.map((v, j) => (j === i ? v - h : v));
    return (f(up) - f(down)) / (2 * h);
  });
}

/** The Newton step −H⁻¹g at theta (H by differences of the analytic gradient), by Cramer-free elimination. */
function newtonStep(fg: ObjectiveWithGradient, theta: number[]): number[] {
  const x = Float64Array.from(theta);
  const g = new Float64Array(theta.length);
  fg(x, g);
  const n = theta.length;
  const H = hessianOf(fg, x);
  const m = Array.from({ length: n }, (_, i) => [
    ...Array.from({ length: n }, (_, j) => H[i * n + j]!),
    -g[i]!,
  ]);
  for (let c = 0; c < n; c++) {
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const z = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let t = m[r]![n]!;
    for (let k = r + 1; k < n; k++) t -= m[r]![k]! * z[k]!;
    z[r] = t / m[r]![r]!;
  }
  return z;
}

describe('BG/NBD convergence', () => {
  it.each(datasets)(
    '%s: analytic gradient = finite differences of the per-customer ln L',
    (_, data) => {
      const s = data();
      const fg = bgnbdObjective(compressRows(s.x, [s.tx, s.T]));
      for (const theta of [
        [-1, 1, -0.5, 0.8],
        [0.3, 2.5, 0.2, 1.5],
      ]) {
        const g = new Float64Array(4);
        const value = fg(Float64Array.from(theta), g);
        expect(value).toBeCloseTo(bgnbdMeanNll(s, theta), 10);
        const numeric = finiteGradient((t) => bgnbdMeanNll(s, t), theta);
        for (let i = 0; i < 4; i++) expect(Math.abs(g[i]! - numeric[i]!)).toBeLessThan(1e-7);
      }
    },
  );

  it.each(datasets)(
    '%s: the reported optimum has a zero gradient and is a Newton fixed point',
    (_, data) => {
      const s = data();
      const fit = fitBgNbd(s);
      expect(fit.converged).toBe(true);
      expect(fit.gradientNorm).toBeLessThan(1e-7);
      const { r, alpha, a, b } = fit.params;
      const theta = [r, alpha, a, b].map(Math.log);
      // Independent of the grouped objective: differences of the per-customer likelihood.
      const numeric = finiteGradient((t) => bgnbdMeanNll(s, t), theta);
      expect(Math.max(...numeric.map(Math.abs))).toBeLessThan(1e-6);
      const step = newtonStep(bgnbdObjective(compressRows(s.x, [s.tx, s.T])), theta);
      expect(Math.max(...step.map(Math.abs))).toBeLessThan(1e-7);
    },
  );
});

describe('Gamma-Gamma convergence', () => {
  const repeat = (s: CustomerSummary) =>
    compressRows(s.x, [s.monetary], (i) => s.x[i]! > 0 && s.monetary[i]! > 0);

  it.each(datasets)(
    '%s: analytic gradient = finite differences of the per-customer ln f',
    (_, data) => {
      const s = data();
      const fg = gammaGammaObjective(repeat(s));
      for (const theta of [
        [0.5, 0.8, 1.5],
        [1.8, 1.3, 3],
      ]) {
        const g = new Float64Array(3);
        const value = fg(Float64Array.from(theta), g);
        expect(value).toBeCloseTo(ggMeanNll(s, theta), 10);
        const numeric = finiteGradient((t) => ggMeanNll(s, t), theta);
        for (let i = 0; i < 3; i++) expect(Math.abs(g[i]! - numeric[i]!)).toBeLessThan(1e-7);
      }
    },
  );

  it.each(datasets)(
    '%s: the reported optimum has a zero gradient and is a Newton fixed point',
    (_, data) => {
      const s = data();
      const fit = fitGammaGamma(s);
      expect(fit.converged).toBe(true);
      expect(fit.gradientNorm).toBeLessThan(1e-7);
      const { p, q, gamma } = fit.params;
      const theta = [p, q, gamma].map(Math.log);
      const numeric = finiteGradient((t) => ggMeanNll(s, t), theta);
      expect(Math.max(...numeric.map(Math.abs))).toBeLessThan(1e-6);
      const step = newtonStep(gammaGammaObjective(repeat(s)), theta);
      expect(Math.max(...step.map(Math.abs))).toBeLessThan(1e-7);
    },
  );
});

describe('sBG convergence', () => {
  // Fader & Hardie 2007, table 1 ("High End" and "Regular", years 0–7).
  const series = [
    [1, 0.869, 0.743, 0.653, 0.593, 0.551, 0.517, 0.491],
    [1, 0.631, 0.468, 0.382, 0.326, 0.289, 0.262, 0.241],
  ];
  const nll = (alive: number[], t: number[]) =>
    -sbgLogLikelihood({ alpha: Math.exp(t[0]!), beta: Math.exp(t[1]!) }, alive);

  it.each(series)(
    'analytic gradient = differences of ln L, and the fit is a zero of it (%#)',
    (...alive) => {
      const fg = sbgObjective(alive);
      const g = new Float64Array(2);
      const theta = [0.2, 1.1];
      expect(fg(Float64Array.from(theta), g)).toBeCloseTo(nll(alive, theta), 12);
      const numeric = finiteGradient((t) => nll(alive, t), theta);
      for (let i = 0; i < 2; i++) expect(Math.abs(g[i]! - numeric[i]!)).toBeLessThan(1e-8);
      const fit = fitSbg(alive);
      expect(fit.converged).toBe(true);
      expect(fit.gradientNorm).toBeLessThan(1e-9);
      const optimum = [fit.params.alpha, fit.params.beta].map(Math.log);
      const step = newtonStep(sbgObjective(alive), optimum);
      expect(Math.max(...step.map(Math.abs))).toBeLessThan(1e-7);
    },
  );
});
