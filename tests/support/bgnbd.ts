/**
 * BG/NBD and Gamma-Gamma predictions written out from the published formulas, for tests to
 * compare the app's engine with. Nothing here imports src/core.
 *
 * BG/NBD: Fader, Hardie & Lee (2005), "Counting your customers the easy way", eq. 10 (expected
 * purchases in (T, T + t]) and the P(alive) expression after it. Gamma-Gamma: Fader, Hardie &
 * Lee (2005), "RFM and CLV", conditional mean of the spend per transaction.
 */

export interface BgNbd {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface GammaGamma {
  p: number;
  q: number;
  gamma: number;
}

/** Gauss's hypergeometric ₂F₁(a, b; c; z) by its power series (|z| < 1). */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 100_000; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (Math.abs(term) < 1e-16 * Math.abs(sum)) return sum;
  }
  throw new Error('2F1 series did not converge');
}

/** P(alive | x, t_x, T) = 1 / (1 + [x > 0] · a / (b + x − 1) · ((α + T) / (α + t_x))^(r + x)). */
export function pAlive(p: BgNbd, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const log = Math.log(p.a / (p.b + x - 1)) + (p.r + x) * Math.log((p.alpha + T) / (p.alpha + tx));
  return 1 / (1 + Math.exp(log));
}

/**
 * E[Y(t) | x, t_x, T] = (a + b + x − 1)/(a − 1) · [1 − ((α + T)/(α + T + t))^(r + x) ·
 * ₂F₁(r + x, b + x; a + b + x − 1; t/(α + T + t))] · P(alive).
 */
export function expectedPurchases(p: BgNbd, x: number, tx: number, T: number, t: number): number {
  if (t === 0) return 0;
  const z = t / (p.alpha + T + t);
  const power = Math.pow((p.alpha + T) / (p.alpha + T + t), p.r + x);
  const bracket = 1 - power * hyp2f1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
  return ((p.a + p.b + x - 1) / (p.a - 1)) * bracket * pAlive(p, x, tx, T);
}

/**
 * P(no purchase in (T, T + h]): dead already, or alive and no purchase from the Poisson with
 * rate λ ~ Gamma(r + x, α + T) (a BG/NBD customer can only drop out right after a purchase).
 */
export function pNoPurchase(p: BgNbd, x: number, tx: number, T: number, h: number): number {
  const alive = pAlive(p, x, tx, T);
  return 1 - alive + alive * Math.pow((p.alpha + T) / (p.alpha + T + h), p.r + x);
}

/**
 * E[M | x, m̄] = p (γ + x m̄) / (p x + q − 1) (Fader, Hardie & Lee 2005, eq. 5). Without repeat
 * purchases (x = 0), or when refunds leave m̄ < 0, it is the population mean p γ / (q − 1); a
 * repeat buyer whose purchases cost 0 (m̄ = 0) takes the formula like anyone else.
 */
export function expectedSpend(g: GammaGamma, x: number, mean: number): number {
  if (!(x > 0 && mean >= 0)) return (g.p * g.gamma) / (g.q - 1);
  return (g.p * (g.gamma + x * mean)) / (g.p * x + g.q - 1);
}

/** Σₖ₌₁..H (E[Y(k)] − E[Y(k − 1)]) · E[M] · margin / (1 + d)^k, periods of one summary unit. */
export function discountedClv(
  p: BgNbd,
  g: GammaGamma,
  c: { x: number; tx: number; T: number; mean: number },
  o: { horizon: number; discount: number; margin: number },
): number {
  const spend = expectedSpend(g, c.x, c.mean);
  let clv = 0;
  let previous = 0;
  for (let k = 1; k <= o.horizon; k++) {
    const current = expectedPurchases(p, c.x, c.tx, c.T, k);
    clv += ((current - previous) * spend * o.margin) / Math.pow(1 + o.discount, k);
    previous = current;
  }
  return clv;
}

/** Quantile q of sorted-on-the-fly values by linear interpolation between order statistics. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((u, v) => u - v);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (h - lo);
}
