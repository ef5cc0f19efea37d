/**
 * BG/NBD per-customer predictions, vectorised over a summary (Fader, Hardie & Lee 2005;
 * Fader, Hardie & Lee 2008, note 021 "Computing P(alive) using the BG/NBD model").
 * Times are in the summary's unit, the unit the parameters were fitted in.
 */
import type { BgNbdParams } from './bgnbd.ts';
import { distinctIndex } from './compress.ts';
import { hyp2f1, lnBeta, lnGamma } from './special.ts';
import type { CustomerSummary } from './summary.ts';

/** The summary columns the predictions read. */
export type SummaryColumns = Pick<CustomerSummary, 'x' | 'tx' | 'T'>;

/** ln[a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)]: the odds of "dropped after the last purchase". */
function logDeadOdds(p: BgNbdParams, x: number, tx: number, T: number): number {
  return (p.r + x) * Math.log((p.alpha + T) / (p.alpha + tx)) + Math.log(p.a / (p.b + x - 1));
}

/**
 * P(alive | x, t_x, T) = 1 / (1 + 1{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)) (note 021 eq. 1;
 * lifetimes `conditional_probability_alive`). A customer with x = 0 has had no chance to
 * drop out, so P(alive) = 1.
 */
export function probabilityAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  return 1 / (1 + Math.exp(logDeadOdds(p, x, tx, T)));
}

/**
 * The (t_x-free) bracket of FHL 2005 eq. 10: (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x)
 * · 2F1(r+x, b+x; a+b+x−1; z)], z = t/(α+T+t). Euler's transformation turns the product into
 * (1−z)^(a−1) · 2F1(a+b−1−r, a−1; a+b+x−1; z), which neither overflows nor needs many terms
 * when x is large. At a = 1 the bracket is 0/0; the mean of a ± h is used there.
 */
export function expectedIfAlive(p: BgNbdParams, x: number, T: number, t: number): number {
  if (t <= 0) return 0;
  if (Math.abs(p.a - 1) < 1e-7) {
    const h = 1e-5;
    return (
      (expectedIfAlive({ ...p, a: 1 + h }, x, T, t) +
        expectedIfAlive({ ...p, a: 1 - h }, x, T, t)) /
      2
    );
  }
  const { r, alpha, a, b } = p;
  const z = t / (alpha + T + t);
  const f = hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z);
  const value = ((a + b + x - 1) / (a - 1)) * (1 - Math.pow(1 - z, a - 1) * f);
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * E[Y(t) | x, t_x, T]: expected purchases in the next t units (FHL 2005 eq. 10; lifetimes
 * `conditional_expected_number_of_purchases_up_to_time`) = bracket / (1 + 1{x>0}·dead odds).
 */
export function conditionalExpectedPurchases(
  p: BgNbdParams,
  x: number,
  tx: number,
  T: number,
  t: number,
): number {
  return probabilityAlive(p, x, tx, T) * expectedIfAlive(p, x, T, t);
}

/**
 * P(no purchase in (T, T+t] | x, t_x, T). A dead customer never buys; an alive one has
 * λ ~ Gamma(r+x, α+T) a posteriori, and without a purchase there is no dropout opportunity
 * (BG/NBD drops out only right after a purchase), so P(0 | alive) = E[e^(−λt)]:
 * P = (1 − P(alive)) + P(alive) · ((α+T)/(α+T+t))^(r+x).
 */
export function probabilityNoPurchase(
  p: BgNbdParams,
  x: number,
  tx: number,
  T: number,
  t: number,
): number {
  const alive = probabilityAlive(p, x, tx, T);
  const quiet = Math.exp((p.r + x) * Math.log((p.alpha + T) / (p.alpha + T + t)));
  return 1 - alive + alive * quiet;
}

/**
 * E[X(t)] for a randomly chosen new customer (FHL 2005 eq. 9):
 * (a+b−1)/(a−1) · [1 − (α/(α+t))^r · 2F1(r, b; a+b−1; t/(α+t))] — eq. 10 at x = t_x = T = 0.
 */
export function expectedPurchases(p: BgNbdParams, t: number): number {
  return expectedIfAlive(p, 0, 0, t);
}

/**
 * P(X(t) = n) for a new customer (FHL 2005 eq. 8), for n = 0 … maxN − 1; the last element
 * (index maxN) holds P(X(t) ≥ maxN), so the array sums to 1.
 */
export function purchaseCountDistribution(p: BgNbdParams, t: number, maxN: number): Float64Array {
  const { r, alpha, a, b } = p;
  const out = new Float64Array(maxN + 1);
  const lnQ = Math.log(alpha / (alpha + t));
  const lnP = Math.log(t / (alpha + t));
  const lnBab = lnBeta(a, b);
  let partial = 0; // Σ_{j<n} Γ(r+j)/(Γ(r) j!) (t/(α+t))^j
  let total = 0;
  for (let n = 0; n < maxN; n++) {
    const lnNb =
      lnGamma(r + n) -
      lnGamma(r) -
      lnGamma(n + 1) +
      r * lnQ +
      (t > 0 ? n * lnP : n === 0 ? 0 : -Infinity);
    let value = Math.exp(lnBeta(a, b + n) - lnBab + lnNb);
    if (n > 0) {
      const tail = Math.max(0, 1 - Math.exp(r * lnQ) * partial);
      value += Math.exp(lnBeta(a + 1, b + n - 1) - lnBab) * tail;
    }
    partial += Math.exp(lnNb - r * lnQ);
    out[n] = value;
    total += value;
  }
  out[maxN] = Math.max(0, 1 - total);
  return out;
}

/**
 * Expected number of customers with 0 … maxN−1 (and ≥ maxN) repeat purchases in their own
 * observation time T (the fit diagnostic of FHL 2005 fig. 3): Σᵢ P(X(Tᵢ) = n). Customers
 * with the same T share one evaluation.
 */
export function expectedFrequencyCounts(
  p: BgNbdParams,
  T: Float64Array,
  maxN: number,
): Float64Array {
  const counts = new Map<number, number>();
  for (const t of T) counts.set(t, (counts.get(t) ?? 0) + 1);
  const out = new Float64Array(maxN + 1);
  for (const [t, k] of counts) {
    const dist = purchaseCountDistribution(p, t, maxN);
    for (let n = 0; n <= maxN; n++) out[n] = out[n]! + k * dist[n]!;
  }
  return out;
}

/** Distinct (x, T) pairs of a summary and each customer's pair: the t_x-free part is per pair. */
export interface SummaryPairs {
  x: Float64Array;
  T: Float64Array;
  /** Customer i's pair is pair[i]. */
  pair: Int32Array;
}

/** The distinct (x, T) pairs of a summary (compute once, reuse across horizons). */
export function summaryPairs(s: SummaryColumns): SummaryPairs {
  const xs = distinctIndex(s.x);
  const Ts = distinctIndex(s.T);
  const nT = Ts.values.length;
  const keys = Float64Array.from(xs.index, (xi, i) => xi * nT + Ts.index[i]!);
  const { values, index } = distinctIndex(keys);
  const x = new Float64Array(values.length);
  const T = new Float64Array(values.length);
  for (let i = 0; i < index.length; i++) {
    x[index[i]!] = s.x[i]!;
    T[index[i]!] = s.T[i]!;
  }
  return { x, T, pair: index };
}

/** The bracket of eq. 10 at horizon t for every pair, gathered to customers × P(alive). */
function gatherExpected(
  p: BgNbdParams,
  pairs: SummaryPairs,
  pAlive: Float64Array,
  t: number,
): Float64Array {
  const perPair = pairs.x.map((x, k) => expectedIfAlive(p, x, pairs.T[k]!, t));
  return pAlive.map((alive, i) => alive * perPair[pairs.pair[i]!]!);
}

/** P(alive) for every customer of a summary. */
export function probabilityAliveAll(p: BgNbdParams, s: SummaryColumns): Float64Array {
  return s.x.map((x, i) => probabilityAlive(p, x, s.tx[i]!, s.T[i]!));
}

/** E[Y(t) | x, t_x, T] for every customer of a summary; `pAlive` may be passed to reuse it. */
export function conditionalExpectedPurchasesAll(
  p: BgNbdParams,
  s: SummaryColumns,
  t: number,
  pAlive = probabilityAliveAll(p, s),
  pairs = summaryPairs(s),
): Float64Array {
  return gatherExpected(p, pairs, pAlive, t);
}

/** P(no purchase in the next t) for every customer of a summary. */
export function probabilityNoPurchaseAll(
  p: BgNbdParams,
  s: SummaryColumns,
  t: number,
  pAlive = probabilityAliveAll(p, s),
): Float64Array {
  return s.x.map((x, i) => {
    const quiet = Math.exp((p.r + x) * Math.log((p.alpha + s.T[i]!) / (p.alpha + s.T[i]! + t)));
    return 1 - pAlive[i]! + pAlive[i]! * quiet;
  });
}
