/**
 * Nelder–Mead downhill simplex (Lagarias et al. 1998): the derivative-free polish `minimize`
 * falls back on when BFGS and the Newton refinement both stop short.
 */
import type { MinimizeOptions, Minimum, Objective } from './optimize.ts';

function finite(value: number): number {
  return Number.isFinite(value) ? value : Infinity;
}

/** Nelder–Mead downhill simplex with the standard coefficients (Lagarias et al. 1998). */
export function nelderMead(
  f: Objective,
  x0: ArrayLike<number>,
  options: MinimizeOptions & { step?: number } = {},
): Minimum {
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 2000 * n;
  const tolerance = options.tolerance ?? 1e-10;
  const step = options.step ?? 0.5;
  const simplex: Float64Array[] = [Float64Array.from(x0)];
  for (let i = 0; i < n; i++) {
    const v = Float64Array.from(x0);
    v[i] = v[i]! + step;
    simplex.push(v);
  }
  const values = simplex.map((v) => finite(f(v)));
  const order = simplex.map((_, i) => i);
  const point = (from: Float64Array, to: Float64Array, t: number) =>
    from.map((c, i) => c + t * (to[i]! - c));
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    order.sort((i, j) => values[i]! - values[j]!);
    const best = order[0]!;
    const worst = order[n]!;
    const spread = values[worst]! - values[best]!;
    if (values[best]! < Infinity && spread <= tolerance * (Math.abs(values[best]!) + tolerance)) {
      return {
        x: simplex[best]!,
        value: values[best]!,
        iterations: iteration,
        gradientNorm: Infinity,
        converged: true,
      };
    }
    const centroid = new Float64Array(n);
    for (const k of order.slice(0, n))
      for (let i = 0; i < n; i++) centroid[i] = centroid[i]! + simplex[k]![i]! / n;
    const tryPoint = (t: number) => {
      const p = point(centroid, simplex[worst]!, t);
      return { p, v: finite(f(p)) };
    };
    const reflected = tryPoint(-1);
    const secondWorst = values[order[n - 1]!]!;
    let accepted: { p: Float64Array; v: number } | undefined;
    if (reflected.v < values[best]!) {
      const expanded = tryPoint(-2);
      accepted = expanded.v < reflected.v ? expanded : reflected;
    } else if (reflected.v < secondWorst) {
      accepted = reflected;
    } else {
      const contracted = reflected.v < values[worst]! ? tryPoint(-0.5) : tryPoint(0.5);
      if (contracted.v < Math.min(reflected.v, values[worst]!)) accepted = contracted;
    }
    if (accepted) {
      simplex[worst] = accepted.p;
      values[worst] = accepted.v;
      continue;
    }
    for (const k of order.slice(1)) {
      simplex[k] = point(simplex[best]!, simplex[k]!, 0.5);
      values[k] = finite(f(simplex[k]));
    }
  }
  order.sort((i, j) => values[i]! - values[j]!);
  const best = order[0]!;
  return {
    x: simplex[best]!,
    value: values[best]!,
    iterations: maxIterations,
    gradientNorm: Infinity,
    converged: false,
  };
}
