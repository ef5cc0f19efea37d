/**
 * Discounted customer lifetime value from BG/NBD (how many purchases) × Gamma-Gamma (how much
 * each is worth), following lifetimes' `GammaGammaFitter.customer_lifetime_value` but with one
 * consistent unit: every duration below is in the summary's time unit (day or week), and the
 * discount rate is per period of `periodLength` such units.
 */
import type { BgNbdParams } from './bgnbd.ts';
import { chebyshevAt, chebyshevFit, type Chebyshev } from './chebyshev.ts';
import {
  conditionalExpectedPurchasesAll,
  expectedIfAlive,
  probabilityAliveAll,
  probabilityNoPurchaseAll,
  summaryPairs,
  type SummaryPairs,
} from './bgnbd-predict.ts';
import { conditionalExpectedValueAll, type GammaGammaParams } from './gamma-gamma.ts';
import type { CustomerSummary } from './summary.ts';

export interface ClvOptions {
  /** Number of periods in the horizon (e.g. 12 months, 52 weeks). A positive integer. */
  horizonPeriods: number;
  /**
   * Length of one period in the summary's unit: 1 for weekly periods on a weekly summary,
   * 365.25/12/7 ≈ 4.348 for months on a weekly summary, 30.44 for months on a daily one.
   */
  periodLength: number;
  /** Discount rate per period (0.01 = 1 % per period); cash flow of period k is divided by (1+d)^k. */
  discountPerPeriod: number;
  /** Profit margin as a fraction of revenue (0.3 = 30 %); 1 gives revenue CLV. */
  margin: number;
}

/** Per-customer predictions, row i matching row i of the summary. */
export interface Predictions {
  pAlive: Float64Array;
  /** Expected purchases within the horizon (horizonPeriods × periodLength units). */
  expectedPurchases: Float64Array;
  /** P(no purchase within the horizon). */
  pNoPurchase: Float64Array;
  /** Expected value of one transaction (Gamma-Gamma conditional mean), in currency. */
  expectedValue: Float64Array;
  /** Discounted margin over the horizon, in currency. */
  clv: Float64Array;
  /** The horizon in the summary's unit. */
  horizon: number;
}

/** Checks options at the boundary, naming the bad one. */
export function checkClvOptions(o: ClvOptions): ClvOptions {
  if (!Number.isInteger(o.horizonPeriods) || o.horizonPeriods < 1) {
    throw new Error(`invalid horizonPeriods: ${o.horizonPeriods} (a positive integer)`);
  }
  if (!(o.periodLength > 0)) throw new Error(`invalid periodLength: ${o.periodLength} (> 0)`);
  if (!(o.discountPerPeriod > -1))
    throw new Error(`invalid discountPerPeriod: ${o.discountPerPeriod} (> −1)`);
  if (!Number.isFinite(o.margin)) throw new Error(`invalid margin: ${o.margin}`);
  return o;
}

/**
 * CLVᵢ = Σₖ₌₁..H (E[Y(kL)] − E[Y((k−1)L)]) · E[M] · margin / (1+d)^k, with E[Y(t)] the
 * BG/NBD conditional expectation (FHL 2005 eq. 10), E[M] the Gamma-Gamma conditional mean,
 * L = periodLength and d = discountPerPeriod: purchases of period k are discounted k periods.
 */
export function discountedClv(
  bgnbd: BgNbdParams,
  summary: Pick<CustomerSummary, 'x' | 'tx' | 'T'>,
  expectedValue: Float64Array,
  options: ClvOptions,
  pAlive = probabilityAliveAll(bgnbd, summary),
): Float64Array {
  const { margin } = checkClvOptions(options);
  const pairs = summaryPairs(summary);
  const perPair = discountedPurchasesIfAlive(bgnbd, pairs, options);
  const clv = new Float64Array(summary.x.length);
  for (let i = 0; i < clv.length; i++) {
    clv[i] = pAlive[i]! * perPair[pairs.pair[i]!]! * expectedValue[i]! * margin;
  }
  return clv;
}

/**
 * Per distinct (x, T): Σₖ (B(kL) − B((k−1)L)) / (1+d)^k, B the bracket of eq. 10 (purchases
 * expected in the next t if alive). The bracket's series 2F1(a+b−1−r, a−1; a+b+x−1; z) has
 * term ratios that depend on x alone, so they are computed once per x and each of the H
 * periods costs a few multiplications per term instead of a division; where the series is
 * slow (z ≥ 0.6) or a ≈ 1, the general `expectedIfAlive` is used. A frequency shared by more
 * than INTERPOLATE_ABOVE distinct ages takes D from a Chebyshev interpolant in T (it is
 * analytic in T for T > −α), exact to ~1e-13 relative; where the interpolant cannot reach that,
 * every pair is computed exactly.
 */
export function discountedPurchasesIfAlive(
  p: BgNbdParams,
  pairs: SummaryPairs,
  options: Pick<ClvOptions, 'horizonPeriods' | 'periodLength' | 'discountPerPeriod'>,
): Float64Array {
  const one = discountedOne(p, options);
  const groups = new Map<number, number[]>();
  for (let j = 0; j < pairs.x.length; j++) {
    const x = pairs.x[j]!;
    const members = groups.get(x);
    if (members) members.push(j);
    else groups.set(x, [j]);
  }
  const out = new Float64Array(pairs.x.length);
  for (const [x, members] of groups) {
    const fit = members.length > INTERPOLATE_ABOVE ? interpolant(one, x, members, pairs.T) : null;
    for (const j of members) out[j] = fit ? chebyshevAt(fit, pairs.T[j]!) : one(x, pairs.T[j]!);
  }
  return out;
}

/**
 * Groups of more distinct T than this (continuous ages: a million customers, each their own
 * T) take D(x, T) from a Chebyshev interpolant in T, exact to ~1e-13 relative, built from a
 * few dozen exact values instead of one per customer.
 */
const INTERPOLATE_ABOVE = 512;

function interpolant(
  one: (x: number, T: number) => number,
  x: number,
  members: number[],
  Ts: Float64Array,
): Chebyshev | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const j of members) {
    lo = Math.min(lo, Ts[j]!);
    hi = Math.max(hi, Ts[j]!);
  }
  return hi > lo ? chebyshevFit((T) => one(x, T), lo, hi) : undefined;
}

/** D(x, T) for one pair: the discounted sum of the bracket's increments over the horizon. */
function discountedOne(
  p: BgNbdParams,
  options: Pick<ClvOptions, 'horizonPeriods' | 'periodLength' | 'discountPerPeriod'>,
): (x: number, T: number) => number {
  const { horizonPeriods, periodLength, discountPerPeriod } = options;
  const discount = Float64Array.from({ length: horizonPeriods + 1 }, (_, k) =>
    Math.pow(1 + discountPerPeriod, -k),
  );
  const ratiosOf = seriesRatios(p);
  return (x, T) => {
    const ratios = ratiosOf(x);
    const scale = (p.a + p.b + x - 1) / (p.a - 1);
    let previous = 0;
    let sum = 0;
    for (let k = 1; k <= horizonPeriods; k++) {
      const t = k * periodLength;
      const z = t / (p.alpha + T + t);
      const f = ratios ? series(ratios, z) : NaN;
      let current = Number.isNaN(f)
        ? expectedIfAlive(p, x, T, t)
        : scale * (1 - Math.pow(1 - z, p.a - 1) * f);
      if (!(Number.isFinite(current) && current > 0)) current = 0;
      sum += (current - previous) * discount[k]!;
      previous = current;
    }
    return sum;
  };
}

const MAX_TERMS = 200;

/** Per x, the term ratios (A+n)(B+n)/((C+n)(n+1)) of the bracket's series; undefined at a ≈ 1. */
function seriesRatios(p: BgNbdParams): (x: number) => Float64Array | undefined {
  if (Math.abs(p.a - 1) < 1e-7) return () => undefined;
  const cache = new Map<number, Float64Array>();
  const A = p.a + p.b - 1 - p.r;
  const B = p.a - 1;
  return (x) => {
    let ratios = cache.get(x);
    if (!ratios) {
      const C = p.a + p.b + x - 1;
      ratios = Float64Array.from(
        { length: MAX_TERMS },
        (_, n) => ((A + n) * (B + n)) / ((C + n) * (n + 1)),
      );
      cache.set(x, ratios);
    }
    return ratios;
  };
}

/** Σ terms of the series at z < 0.6 by its precomputed ratios; NaN when it needs more terms. */
function series(ratios: Float64Array, z: number): number {
  if (!(z < 0.6)) return NaN;
  let term = 1;
  let sum = 1;
  for (let n = 0; n < ratios.length; n++) {
    term *= ratios[n]! * z;
    sum += term;
    if (Math.abs(term) <= 1e-16 * Math.abs(sum)) return sum;
  }
  return NaN;
}

/** Every per-customer prediction at once, sharing P(alive) across them. */
export function predictCustomers(
  summary: CustomerSummary,
  bgnbd: BgNbdParams,
  gg: GammaGammaParams,
  options: ClvOptions,
): Predictions {
  checkClvOptions(options);
  const horizon = options.horizonPeriods * options.periodLength;
  const pAlive = probabilityAliveAll(bgnbd, summary);
  const expectedValue = conditionalExpectedValueAll(gg, summary);
  return {
    pAlive,
    expectedPurchases: conditionalExpectedPurchasesAll(bgnbd, summary, horizon, pAlive),
    pNoPurchase: probabilityNoPurchaseAll(bgnbd, summary, horizon, pAlive),
    expectedValue,
    clv: discountedClv(bgnbd, summary, expectedValue, options, pAlive),
    horizon,
  };
}
