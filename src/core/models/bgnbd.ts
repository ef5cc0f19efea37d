/**
 * BG/NBD (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way: An Alternative
 * to the Pareto/NBD Model", Marketing Science 24(2)): purchases follow Poisson(λ) while alive,
 * λ ~ Gamma(r, α); after each purchase the customer drops out with probability p,
 * p ~ Beta(a, b). Fitted by maximum likelihood as lifetimes' `BetaGeoFitter` does.
 */
import { columnMax, compressRows, type CompressedRows } from './compress.ts';
import type { ObjectiveWithGradient } from './optimize.ts';
import { minimizeOverRows } from './warm-start.ts';
import { digamma, lnGamma } from './special.ts';
import type { CustomerSummary } from './summary.ts';

/** α is a rate in the summary's time unit (1/α ≈ mean inter-purchase time scale). */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface BgNbdFit {
  params: BgNbdParams;
  /** Σ over customers of ln L(r, α, a, b | x, t_x, T), in the data's own time unit. */
  logLikelihood: number;
  /** The optimiser's gradient test: ∞-norm of ∂(mean −ln L)/∂ ln(r, α, a, b) below GRADIENT_TOLERANCE (1e-9). */
  converged: boolean;
  /** That ∞-norm at the parameters returned. */
  gradientNorm: number;
  iterations: number;
  customers: number;
}

export interface BgNbdFitOptions {
  /** L2 penalty on the parameters, as lifetimes' `penalizer_coef` (default 0). */
  penalizer?: number;
  /** Extra starting points in log space (ln r, ln α, ln a, ln b), α in scaled time. */
  starts?: number[][];
}

/**
 * ln L of one customer (FHL 2005 eq. 6, written as in Hardie's note 004 §7):
 * A₁ = lnΓ(r+x) − lnΓ(r) + r ln α, A₂ = ln[B(a, b+x)/B(a, b)],
 * ln L = A₁ + A₂ + ln[(α+T)^−(r+x) + 1{x>0} · a/(b+x−1) · (α+t_x)^−(r+x)].
 */
export function bgnbdLogLikelihood(params: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const a1 = lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha);
  const a2 = lnGamma(a + b) + lnGamma(b + x) - lnGamma(b) - lnGamma(a + b + x);
  const l3 = -(r + x) * Math.log(alpha + T);
  if (x === 0) return a1 + a2 + l3;
  const l4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
  const m = Math.max(l3, l4);
  return a1 + a2 + m + Math.log(Math.exp(l3 - m) + Math.exp(l4 - m));
}

/**
 * Σ weight · ln L in the data's own time unit from the minimum's mean negative log-likelihood
 * in scaled time (penalty removed): scaling time by s multiplies each customer's likelihood by
 * s^−x (every term of the bracket carries (α+t)^−(r+x) against α^r), so
 * ln L = ln L_scaled + ln s · Σ x.
 */
function unscaledLogLikelihood(
  rows: CompressedRows,
  scale: number,
  meanNll: number,
  penalty: number,
): number {
  let repeat = 0;
  for (let i = 0; i < rows.x.length; i++) repeat += rows.weight[i]! * rows.x[i]!;
  return -rows.total * (meanNll - penalty) + Math.log(scale) * repeat;
}

/**
 * Mean negative log-likelihood and its gradient in θ = ln(r, α, a, b). Per-x terms (log-gamma,
 * digamma) are computed once per distinct x; per row only logs and one exp remain.
 */
export function bgnbdObjective(rows: CompressedRows, penalizer = 0): ObjectiveWithGradient {
  // Scratch for the per-distinct-value terms, allocated once per fit, not per evaluation.
  const [lnTx, lnT] = rows.distinct.map((c) => new Float64Array(c.length)) as [
    Float64Array,
    Float64Array,
  ];
  const [invTx, invT] = rows.distinct.map((c) => new Float64Array(c.length)) as [
    Float64Array,
    Float64Array,
  ];
  // Row-aligned rows (continuous times) need no ln(α+t_x) for the x = 0 rows, which come first.
  const aligned = rows.distinct[0] === rows.columns[0];
  const txFrom = aligned && rows.groupX[0] === 0 ? rows.groupStart[1]! : 0;
  return (theta: Float64Array, gradient: Float64Array): number => {
    const r = Math.exp(theta[0]!);
    const alpha = Math.exp(theta[1]!);
    const a = Math.exp(theta[2]!);
    const b = Math.exp(theta[3]!);
    const [psiR, psiB, psiAB] = [digamma(r), digamma(b), digamma(a + b)];
    // ln(α+t_x), ln(α+T) and their reciprocals per distinct value, not per row.
    const [txValues, TValues] = rows.distinct as [Float64Array, Float64Array];
    const [txIndex, TIndex] = rows.index as [Int32Array, Int32Array];
    for (let k = 0; k < TValues.length; k++) {
      invT[k] = 1 / (alpha + TValues[k]!);
      lnT[k] = Math.log(alpha + TValues[k]!);
    }
    for (let k = txFrom; k < txValues.length; k++) {
      invTx[k] = 1 / (alpha + txValues[k]!);
      lnTx[k] = Math.log(alpha + txValues[k]!);
    }
    const base = -lnGamma(r) + r * Math.log(alpha) + lnGamma(a + b) - lnGamma(b);
    let ll = 0;
    let gr = 0;
    let gAlpha = 0;
    let ga = 0;
    let gb = 0;
    for (let g = 0; g < rows.groupX.length; g++) {
      const x = rows.groupX[g]!;
      const perX = base + lnGamma(r + x) + lnGamma(b + x) - lnGamma(a + b + x);
      const psiABX = digamma(a + b + x);
      const dR = digamma(r + x) - psiR + Math.log(alpha);
      const dA = psiAB - psiABX;
      const dB = psiAB + digamma(b + x) - psiB - psiABX;
      const lnRatio = x > 0 ? Math.log(a) - Math.log(b + x - 1) : -Infinity;
      let wSum = 0;
      let sR = 0;
      let sAlpha = 0;
      let sW4 = 0;
      if (x === 0) {
        // No repeat purchase: ln L's bracket is (α+T)^−r alone, no dropout term.
        for (let i = rows.groupStart[g]!; i < rows.groupStart[g + 1]!; i++) {
          const w = rows.weight[i]!;
          const ti = TIndex[i]!;
          ll -= w * r * lnT[ti]!;
          wSum += w;
          sR -= w * lnT[ti]!;
          sAlpha -= w * r * invT[ti]!;
        }
      } else
        for (let i = rows.groupStart[g]!; i < rows.groupStart[g + 1]!; i++) {
          const w = rows.weight[i]!;
          const ti = TIndex[i]!;
          const txi = txIndex[i]!;
          const lT = lnT[ti]!;
          const lTx = lnTx[txi]!;
          const l3 = -(r + x) * lT;
          const l4 = lnRatio - (r + x) * lTx;
          // log-sum-exp of l3, l4 with a single exp: w4 = e^l4 / (e^l3 + e^l4).
          const d = l4 - l3;
          const e = Math.exp(-Math.abs(d));
          const w4 = d > 0 ? 1 / (1 + e) : e / (1 + e);
          ll += w * (Math.max(l3, l4) + Math.log1p(e));
          wSum += w;
          sR -= w * ((1 - w4) * lT + w4 * lTx);
          sAlpha -= w * (r + x) * ((1 - w4) * invT[ti]! + w4 * invTx[txi]!);
          sW4 += w * w4;
        }
      ll += wSum * perX;
      gr += wSum * dR + sR;
      gAlpha += (wSum * r) / alpha + sAlpha;
      ga += wSum * dA + (x > 0 ? sW4 / a : 0);
      gb += wSum * dB - (x > 0 ? sW4 / (b + x - 1) : 0);
    }
    const n = rows.total;
    const penalty = penalizer * (r * r + alpha * alpha + a * a + b * b);
    gradient[0] = (-r * gr) / n + 2 * penalizer * r * r;
    gradient[1] = (-alpha * gAlpha) / n + 2 * penalizer * alpha * alpha;
    gradient[2] = (-a * ga) / n + 2 * penalizer * a * a;
    gradient[3] = (-b * gb) / n + 2 * penalizer * b * b;
    return -ll / n + penalty;
  };
}

const DEFAULT_STARTS = [
  [0, 0, 0, 0],
  [-1.5, -2, -0.5, 1],
  [0.5, -3, 1, 2],
];

/** Rows in time scaled by `scale` (lifetimes' `_scale_time`), for conditioning. */
function scaledRows(rows: CompressedRows, scale: number): CompressedRows {
  const times = (c: Float64Array) => c.map((v) => v * scale);
  const columns = rows.columns.map(times);
  // Row-aligned rows share one array for both (see compressRows).
  const aligned = rows.distinct[0] === rows.columns[0];
  return { ...rows, columns, distinct: aligned ? columns : rows.distinct.map(times) };
}

/**
 * Maximum-likelihood BG/NBD. Time is rescaled so that max T = 1 for conditioning (lifetimes'
 * `_scale_time`), then α is converted back (α = α_scaled / scale; r, a, b are unit-free).
 * Several BFGS starts in log space with the analytic gradient, then a Newton refinement when
 * BFGS stops short. Above WARM_START_ABOVE distinct rows the starts are screened on a
 * subsample and the whole data set only continues from its optimum (with its inverse Hessian),
 * which takes a handful of full evaluations instead of dozens. `converged` is the gradient
 * test at the parameters returned. Parameters are never NaN.
 */
export function fitBgNbd(summary: CustomerSummary, options: BgNbdFitOptions = {}): BgNbdFit {
  const rows = compressRows(summary.x, [summary.tx, summary.T]);
  if (rows.total === 0) throw new Error('BG/NBD needs at least one customer');
  const maxT = columnMax(rows.distinct[1]!);
  const scale = maxT > 0 ? 1 / maxT : 1;
  const penalizer = options.penalizer ?? 0;
  const starts = [...DEFAULT_STARTS, ...(options.starts ?? [])];
  const best = minimizeOverRows(
    scaledRows(rows, scale),
    (r) => bgnbdObjective(r, penalizer),
    starts,
  );
  const [r, alphaScaled, a, b] = Array.from(best.x, Math.exp) as [number, number, number, number];
  const params = { r, alpha: alphaScaled / scale, a, b };
  const penalty = penalizer * (r * r + alphaScaled * alphaScaled + a * a + b * b);
  const logLikelihood = unscaledLogLikelihood(rows, scale, best.value, penalty);
  const usable = Number.isFinite(logLikelihood) && [r, alphaScaled, a, b].every(Number.isFinite);
  return {
    params,
    logLikelihood: usable ? logLikelihood : -Infinity,
    converged: best.converged && usable,
    gradientNorm: best.gradientNorm,
    iterations: best.iterations,
    customers: rows.total,
  };
}
