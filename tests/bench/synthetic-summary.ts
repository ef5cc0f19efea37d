/**
 * Per-customer summaries drawn from the BG/NBD and Gamma-Gamma models themselves, with a fixed
 * seed, for the fit benchmarks and the convergence tests: λ ~ Gamma(r, α), dropout p ~ Beta(a, b)
 * after each repeat purchase, T uniform in [20, 104] weeks (continuous, so nearly every row is
 * distinct), spend per transaction ~ Gamma(p, ν) with ν ~ Gamma(q, γ).
 */
import { summaryFromColumns, type CustomerSummary } from '../../src/core/models/index.ts';

/** mulberry32: a small seeded PRNG (public domain, Tommy Ettinger). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Gamma(shape, 1) draw (Marsaglia & Tsang 2000; shape < 1 by the boost U^(1/shape)). */
export function gammaDraw(random: () => number, shape: number): number {
  if (shape < 1) return gammaDraw(random, shape + 1) * Math.pow(random() || 1e-300, 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const u1 = random() || 1e-300;
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random());
    const v = (1 + c * z) ** 3;
    if (v > 0 && Math.log(random() || 1e-300) < 0.5 * z * z + d - d * v + d * Math.log(v))
      return d * v;
  }
}

export const TRUE_BGNBD = { r: 0.55, alpha: 7.5, a: 0.65, b: 3.2 };
export const TRUE_GG = { p: 4, q: 3, gamma: 25 };

/** `customers` summaries in weeks, seeded. */
export function syntheticSummary(customers: number, seed = 7): CustomerSummary {
  const random = prng(seed);
  const { r, alpha, a, b } = TRUE_BGNBD;
  const x = new Float64Array(customers);
  const tx = new Float64Array(customers);
  const T = new Float64Array(customers);
  const monetary = new Float64Array(customers);
  for (let c = 0; c < customers; c++) {
    const lambda = gammaDraw(random, r) / alpha;
    const ga = gammaDraw(random, a);
    const p = ga / (ga + gammaDraw(random, b));
    const age = 20 + 84 * random();
    let t = 0;
    let n = 0;
    for (;;) {
      t += -Math.log(random() || 1e-300) / lambda;
      if (t > age) break;
      n++;
      tx[c] = t;
      if (random() < p) break;
    }
    x[c] = n;
    T[c] = age;
    if (n > 0) {
      const nu = gammaDraw(random, TRUE_GG.q) / TRUE_GG.gamma;
      monetary[c] = gammaDraw(random, TRUE_GG.p * n) / (nu * n);
    }
  }
  const ids = Array.from({ length: customers }, (_, i) => String(i + 1));
  return summaryFromColumns(
    ids,
    Array.from(x),
    Array.from(tx),
    Array.from(T),
    Array.from(monetary),
  );
}
