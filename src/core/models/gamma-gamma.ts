/**
 * Gamma-Gamma spend model (Colombo & Jiang 1999; Fader, Hardie & Lee 2005, "RFM and CLV:
 * Using Iso-Value Curves for Customer Base Analysis", JMR 42(4), and Hardie's note 025):
 * each transaction's value ~ Gamma(p, ν), ν ~ Gamma(q, γ) across customers. Fitted on the
 * repeat customers' mean transaction value m̄ₓ, as lifetimes' `GammaGammaFitter`.
 */
import { compressRows, type CompressedRows } from './compress.ts';
import type { ObjectiveWithGradient } from './optimize.ts';
import { minimizeOverRows } from './warm-start.ts';
import { digamma, lnGamma } from './special.ts';
import type { CustomerSummary } from './summary.ts';

/** p and q are shapes (unit-free); γ is in the data's currency. */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export interface GammaGammaFit {
  params: GammaGammaParams;
  /** Σ ln f(m̄ₓ | x; p, q, γ) over the customers used, in the data's currency. */
  logLikelihood: number;
  /** The optimiser's gradient test: ∞-norm of ∂(mean −ln L)/∂ ln(p, q, γ) below GRADIENT_TOLERANCE (1e-9). */
  converged: boolean;
  /** That ∞-norm at the parameters returned. */
  gradientNorm: number;
  iterations: number;
  /** Customers used: x > 0 and monetary > 0. */
  customers: number;
  /** Set when |corr(x, m̄ₓ)| > 0.3: the model assumes spend independent of frequency. */
  warning?: string;
}

/**
 * ln f(m̄ₓ | p, q, γ, x) (note 025 eq. 3; lifetimes `_negative_log_likelihood`):
 * lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln m̄ + px ln x − (px+q) ln(x m̄ + γ).
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, x: number, m: number): number {
  const { p, q, gamma } = params;
  const px = p * x;
  return (
    lnGamma(px + q) -
    lnGamma(px) -
    lnGamma(q) +
    q * Math.log(gamma) +
    (px - 1) * Math.log(m) +
    px * Math.log(x) -
    (px + q) * Math.log(x * m + gamma)
  );
}

/** Mean negative log-likelihood and its gradient in θ = ln(p, q, γ); rows carry m̄ in columns[0]. */
export function gammaGammaObjective(rows: CompressedRows): ObjectiveWithGradient {
  const lnMoney = rows.columns[0]!.map(Math.log);
  return (theta: Float64Array, gradient: Float64Array): number => {
    const p = Math.exp(theta[0]!);
    const q = Math.exp(theta[1]!);
    const gamma = Math.exp(theta[2]!);
    const lnG = Math.log(gamma);
    const [lnGq, psiQ] = [lnGamma(q), digamma(q)];
    const money = rows.columns[0]!;
    let ll = 0;
    let gp = 0;
    let gq = 0;
    let gg = 0;
    for (let g = 0; g < rows.groupX.length; g++) {
      const x = rows.groupX[g]!;
      const px = p * x;
      const lnX = Math.log(x);
      const psiPxQ = digamma(px + q);
      const perX = lnGamma(px + q) - lnGamma(px) - lnGq + q * lnG + px * lnX;
      const dP = x * (psiPxQ - digamma(px) + lnX);
      const dQ = psiPxQ - psiQ + lnG;
      for (let i = rows.groupStart[g]!; i < rows.groupStart[g + 1]!; i++) {
        const w = rows.weight[i]!;
        const m = money[i]!;
        const lnM = lnMoney[i]!;
        const lnD = Math.log(x * m + gamma);
        ll += w * (perX + (px - 1) * lnM - (px + q) * lnD);
        gp += w * (dP + x * (lnM - lnD));
        gq += w * (dQ - lnD);
        gg += w * (q / gamma - (px + q) / (x * m + gamma));
      }
    }
    const n = rows.total;
    gradient[0] = (-p * gp) / n;
    gradient[1] = (-q * gq) / n;
    gradient[2] = (-gamma * gg) / n;
    return -ll / n;
  };
}

/** Pearson correlation of two equally long columns (NaN when either is constant). */
export function pearsonCorrelation(u: ArrayLike<number>, v: ArrayLike<number>): number {
  const n = u.length;
  let su = 0;
  let sv = 0;
  for (let i = 0; i < n; i++) {
    su += u[i]!;
    sv += v[i]!;
  }
  const mu = su / n;
  const mv = sv / n;
  let cov = 0;
  let vu = 0;
  let vv = 0;
  for (let i = 0; i < n; i++) {
    const du = u[i]! - mu;
    const dv = v[i]! - mv;
    cov += du * dv;
    vu += du * du;
    vv += dv * dv;
  }
  return cov / Math.sqrt(vu * vv);
}

const STARTS = [
  [0, 0, 0],
  [1, 1, 0],
  [2, 1.5, 1],
];

/**
 * Maximum-likelihood Gamma-Gamma on customers with x > 0 and monetary > 0. Money is rescaled
 * by the mean monetary value for conditioning; γ scales with it and is converted back.
 */
export function fitGammaGamma(summary: CustomerSummary): GammaGammaFit {
  const { x, monetary } = summary;
  const keep = (i: number) => x[i]! > 0 && monetary[i]! > 0 && Number.isFinite(monetary[i]!);
  const rows = compressRows(x, [monetary], keep);
  if (rows.total < 2)
    throw new Error('Gamma-Gamma needs at least two repeat customers with positive spend');
  let mean = 0;
  const money = rows.columns[0]!;
  for (let i = 0; i < rows.x.length; i++) mean += (rows.weight[i]! * money[i]!) / rows.total;
  const scaled = { ...rows, columns: [money.map((m) => m / mean)] };
  const best = minimizeOverRows(scaled, gammaGammaObjective, STARTS);
  const [p, q, gammaScaled] = Array.from(best.x, Math.exp) as [number, number, number];
  const params = { p, q, gamma: gammaScaled * mean };
  // Money in units of its mean: each customer's density of m̄ is divided by the mean.
  const logLikelihood = -rows.total * best.value - rows.total * Math.log(mean);
  const usable = Number.isFinite(logLikelihood) && [p, q, gammaScaled].every(Number.isFinite);
  const fit: GammaGammaFit = {
    params,
    logLikelihood: usable ? logLikelihood : -Infinity,
    converged: best.converged && usable,
    gradientNorm: best.gradientNorm,
    iterations: best.iterations,
    customers: rows.total,
  };
  const warning = independenceWarning(summary, keep);
  return warning ? { ...fit, warning } : fit;
}

/** The model's independence assumption, checked as lifetimes' docs advise (|ρ| ≤ 0.3). */
function independenceWarning(
  summary: CustomerSummary,
  keep: (i: number) => boolean,
): string | undefined {
  const freq: number[] = [];
  const value: number[] = [];
  for (let i = 0; i < summary.x.length; i++) {
    if (!keep(i)) continue;
    freq.push(summary.x[i]!);
    value.push(summary.monetary[i]!);
  }
  const rho = pearsonCorrelation(freq, value);
  if (!(Math.abs(rho) > 0.3)) return undefined;
  return `frequency and monetary value are correlated (Pearson ${rho.toFixed(2)}); Gamma-Gamma assumes they are independent`;
}

/**
 * E[M | p, q, γ, x, m̄ₓ]: expected mean transaction value (note 025 eq. 5; lifetimes
 * `conditional_expected_average_profit`) = (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · m̄ₓ,
 * a weighted mean of the population mean pγ/(q−1) and the customer's own m̄ₓ. With x = 0 it
 * is the population mean; needs q > 1. A repeat customer whose purchases all cost 0 (m̄ₓ = 0,
 * CDNOW has such rows) is shrunk towards 0 like any other, by the same formula, not handed the
 * population mean: the model's evidence is that this customer spends little.
 */
export function conditionalExpectedValue(params: GammaGammaParams, x: number, m: number): number {
  const { p, q, gamma } = params;
  const populationMean = (p * gamma) / (q - 1);
  if (!(x > 0) || !(m >= 0)) return populationMean;
  const px = p * x;
  return ((q - 1) / (px + q - 1)) * populationMean + (px / (px + q - 1)) * m;
}

/** E[M | …] for every customer of a summary. */
export function conditionalExpectedValueAll(
  params: GammaGammaParams,
  s: Pick<CustomerSummary, 'x' | 'monetary'>,
): Float64Array {
  return s.x.map((x, i) => conditionalExpectedValue(params, x, s.monetary[i]!));
}
