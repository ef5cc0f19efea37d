/**
 * Shifted-beta-geometric model of contractual retention (Fader & Hardie 2007, "How to Project
 * Customer Retention", J. Interactive Marketing 21(1)): each customer churns at the end of a
 * period with probability θ, θ ~ Beta(α, β). Periods are the contract periods of the data.
 */
import { minimize, type ObjectiveWithGradient } from './optimize.ts';
import { hyp2f1, lnBeta } from './special.ts';

export interface SbgParams {
  alpha: number;
  beta: number;
}

export interface SbgFit {
  params: SbgParams;
  /** Σ over the series: lostₜ · ln P(T = t) + aliveₙ · ln S(n), in the series' own counts. */
  logLikelihood: number;
  /** The optimiser's gradient test: ∞-norm of ∂(−ln L)/∂ ln(α, β) below GRADIENT_TOLERANCE. */
  converged: boolean;
  /** That ∞-norm at the parameters returned. */
  gradientNorm: number;
  iterations: number;
  /** The series' first value (the cohort size when counts were given, 1 for fractions). */
  customers: number;
}

/** S(t) = B(α, β+t)/B(α, β) for t = 0 … periods (F&H 2007 eq. 7), by S(t) = S(t−1)·(β+t−1)/(α+β+t−1). */
export function sbgSurvival(params: SbgParams, periods: number): Float64Array {
  const { alpha, beta } = params;
  const s = new Float64Array(periods + 1);
  s[0] = 1;
  for (let t = 1; t <= periods; t++) s[t] = s[t - 1]! * ((beta + t - 1) / (alpha + beta + t - 1));
  return s;
}

/** Retention rate r(t) = S(t)/S(t−1) = (β+t−1)/(α+β+t−1) for t = 1 … periods (F&H 2007 eq. 8); index 0 is 1. */
export function sbgRetention(params: SbgParams, periods: number): Float64Array {
  const r = new Float64Array(periods + 1);
  r[0] = 1;
  for (let t = 1; t <= periods; t++)
    r[t] = (params.beta + t - 1) / (params.alpha + params.beta + t - 1);
  return r;
}

/** Checks a survival series: at least two values, non-increasing, non-negative, first > 0. */
function checkSurvival(alive: ArrayLike<number>): void {
  if (alive.length < 2) throw new Error('sBG needs a survival series of at least two periods');
  if (!(alive[0]! > 0)) throw new Error('sBG: the first survival value must be positive');
  for (let t = 1; t < alive.length; t++) {
    if (!(alive[t]! >= 0) || alive[t]! > alive[t - 1]!) {
      throw new Error(`sBG: survival must be non-negative and non-increasing (period ${t})`);
    }
  }
}

/**
 * ln L = Σₜ₌₁..ₙ (S(t−1)−S(t))·ln P(T=t) + S(n)·ln S(n) with P(T=t) = B(α+1, β+t−1)/B(α, β)
 * (F&H 2007 eqs. 5–6). `alive` may hold counts or fractions of the cohort.
 */
export function sbgLogLikelihood(params: SbgParams, alive: ArrayLike<number>): number {
  const { alpha, beta } = params;
  const n = alive.length - 1;
  const lnB = lnBeta(alpha, beta);
  let ll = 0;
  for (let t = 1; t <= n; t++) {
    const lost = alive[t - 1]! - alive[t]!;
    if (lost > 0) ll += lost * (lnBeta(alpha + 1, beta + t - 1) - lnB);
  }
  const last = alive[n]!;
  if (last > 0) ll += last * (lnBeta(alpha, beta + n) - lnB);
  return ll;
}

/**
 * −ln L and its gradient in θ = ln(α, β), in one pass over the periods. With u = α+β:
 * ln P(T=t) = ln α − ln u + Σⱼ₌₂..ₜ [ln(β+j−2) − ln(u+j−1)] and
 * ln S(t) = Σⱼ₌₁..ₜ [ln(β+j−1) − ln(u+j−1)] (the recursions of F&H 2007 eqs. 7–8), so every
 * derivative is a running sum of reciprocals.
 */
export function sbgObjective(alive: ArrayLike<number>): ObjectiveWithGradient {
  const n = alive.length - 1;
  return (theta, gradient) => {
    const alpha = Math.exp(theta[0]!);
    const beta = Math.exp(theta[1]!);
    const u = alpha + beta;
    let ll = 0;
    let dA = 0;
    let dB = 0;
    // Running ln P(T=t) and its derivatives.
    let lnP = Math.log(alpha) - Math.log(u);
    let pA = 1 / alpha - 1 / u;
    let pB = -1 / u;
    for (let t = 1; t <= n; t++) {
      if (t > 1) {
        lnP += Math.log(beta + t - 2) - Math.log(u + t - 1);
        pA -= 1 / (u + t - 1);
        pB += 1 / (beta + t - 2) - 1 / (u + t - 1);
      }
      const lost = alive[t - 1]! - alive[t]!;
      if (lost > 0) {
        ll += lost * lnP;
        dA += lost * pA;
        dB += lost * pB;
      }
    }
    const last = alive[n]!;
    if (last > 0) {
      let lnS = 0;
      let sA = 0;
      let sB = 0;
      for (let j = 1; j <= n; j++) {
        lnS += Math.log(beta + j - 1) - Math.log(u + j - 1);
        sA -= 1 / (u + j - 1);
        sB += 1 / (beta + j - 1) - 1 / (u + j - 1);
      }
      ll += last * lnS;
      dA += last * sA;
      dB += last * sB;
    }
    gradient[0] = -alpha * dA;
    gradient[1] = -beta * dB;
    return Number.isFinite(ll) ? -ll : Infinity;
  };
}

/** Maximum-likelihood α, β from one cohort's survival (Nelder–Mead-polished BFGS in log space). */
export function fitSbg(alive: ArrayLike<number>): SbgFit {
  checkSurvival(alive);
  const size = alive[0]!;
  const normalised = Float64Array.from(alive, (v) => v / size);
  const f = (theta: Float64Array) =>
    -sbgLogLikelihood({ alpha: Math.exp(theta[0]!), beta: Math.exp(theta[1]!) }, normalised);
  const best = minimize(
    f,
    [
      [0, 0],
      [-1, 1],
      [1, 2],
    ],
    { gradient: sbgObjective(normalised) },
  );
  const params = { alpha: Math.exp(best.x[0]!), beta: Math.exp(best.x[1]!) };
  const logLikelihood = sbgLogLikelihood(params, alive);
  const usable = Number.isFinite(logLikelihood);
  return {
    params,
    logLikelihood: usable ? logLikelihood : -Infinity,
    converged: best.converged && usable,
    gradientNorm: best.gradientNorm,
    iterations: best.iterations,
    customers: size,
  };
}

/**
 * Discounted expected residual lifetime (Fader & Hardie 2010, "Customer-Base Valuation in a
 * Contractual Setting: The Perils of Ignoring Heterogeneity", Marketing Science 29(1), eq. 6):
 * for a customer who has made `renewals` = n−1 renewals, evaluated just before the n-th
 * renewal decision, the expected number of future payments, the one at n undiscounted and
 * each later one discounted by (1+d) per period:
 * DERL = B(α, β+n)/B(α, β+n−1) · 2F1(1, β+n; α+β+n; 1/(1+d)). Multiply by the payment per
 * period for the residual value. `discount` is per contract period and must be > 0.
 */
export function sbgDerl(params: SbgParams, discount: number, renewals: number): number {
  if (!(discount > 0)) throw new Error(`invalid discount: ${discount} (> 0 per period)`);
  if (!Number.isInteger(renewals) || renewals < 0) throw new Error(`invalid renewals: ${renewals}`);
  const { alpha, beta } = params;
  const n = renewals + 1;
  const ratio = Math.exp(lnBeta(alpha, beta + n) - lnBeta(alpha, beta + n - 1));
  return ratio * hyp2f1(1, beta + n, alpha + beta + n, 1 / (1 + discount));
}

/**
 * Discounted expected lifetime of a new customer (F&H 2010 eq. 3): Σₜ≥₀ S(t)/(1+d)^t =
 * 2F1(1, β; α+β; 1/(1+d)), the first payment (t = 0) included undiscounted.
 */
export function sbgDel(params: SbgParams, discount: number): number {
  if (!(discount > 0)) throw new Error(`invalid discount: ${discount} (> 0 per period)`);
  return hyp2f1(1, params.beta, params.alpha + params.beta, 1 / (1 + discount));
}
