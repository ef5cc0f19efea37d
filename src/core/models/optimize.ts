/**
 * Unconstrained minimisers for maximum-likelihood fits: BFGS with an analytic or
 * central-difference gradient, Nelder–Mead, and a multi-start driver. A non-finite
 * objective is treated as +Infinity, so a result is never NaN.
 */

/** The objective: parameters → value. */
export type Objective = (x: Float64Array) => number;
/** Value and gradient together: fills `gradient` and returns the value. */
export type ObjectiveWithGradient = (x: Float64Array, gradient: Float64Array) => number;

export interface Minimum {
  x: Float64Array;
  value: number;
  iterations: number;
  converged: boolean;
}

export interface MinimizeOptions {
  maxIterations?: number;
  /** BFGS: stop when every |∂f/∂xᵢ| is below this. Nelder–Mead: spread of the simplex values. */
  tolerance?: number;
  /** Analytic gradient for BFGS; central differences otherwise. */
  gradient?: ObjectiveWithGradient;
}

function finite(value: number): number {
  return Number.isFinite(value) ? value : Infinity;
}

/** Central differences, step scaled to |xᵢ| (Nocedal & Wright 2006, §8.1). */
export function numericGradient(f: Objective): ObjectiveWithGradient {
  return (x, gradient) => {
    const value = finite(f(x));
    const probe = Float64Array.from(x);
    for (let i = 0; i < x.length; i++) {
      const xi = x[i]!;
      const h = 1e-6 * Math.max(1, Math.abs(xi));
      probe[i] = xi + h;
      const up = f(probe);
      probe[i] = xi - h;
      const down = f(probe);
      probe[i] = xi;
      gradient[i] = (up - down) / (2 * h);
    }
    return value;
  };
}

function dot(u: Float64Array, v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) s += u[i]! * v[i]!;
  return s;
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (const x of v) m = Math.max(m, Math.abs(x));
  return Number.isFinite(m) ? m : Infinity;
}

/** Backtracking line search with the Armijo condition; returns the accepted step or 0. */
function lineSearch(
  fg: ObjectiveWithGradient,
  x: Float64Array,
  fx: number,
  direction: Float64Array,
  slope: number,
  next: Float64Array,
  nextGradient: Float64Array,
): { step: number; value: number } {
  let step = 1;
  for (let k = 0; k < 40; k++) {
    for (let i = 0; i < x.length; i++) next[i] = x[i]! + step * direction[i]!;
    const value = finite(fg(next, nextGradient));
    if (value <= fx + 1e-4 * step * slope && maxAbs(nextGradient) < Infinity)
      return { step, value };
    step *= 0.5;
  }
  return { step: 0, value: fx };
}

/** The BFGS inverse-Hessian update H ← (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ (Nocedal & Wright eq. 6.17). */
function updateInverseHessian(H: Float64Array, s: Float64Array, y: Float64Array): void {
  const n = s.length;
  const sy = dot(s, y);
  if (!(sy > 1e-12)) return;
  const rho = 1 / sy;
  const Hy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let t = 0;
    for (let j = 0; j < n; j++) t += H[i * n + j]! * y[j]!;
    Hy[i] = t;
  }
  const yHy = dot(y, Hy);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const k = i * n + j;
      H[k] =
        H[k]! - rho * (Hy[i]! * s[j]! + s[i]! * Hy[j]!) + (rho * rho * yHy + rho) * s[i]! * s[j]!;
    }
  }
}

/** Quasi-Newton BFGS (Nocedal & Wright 2006, Algorithm 6.1) with a backtracking line search. */
export function bfgs(f: Objective, x0: ArrayLike<number>, options: MinimizeOptions = {}): Minimum {
  const fg = options.gradient ?? numericGradient(f);
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.tolerance ?? 1e-7;
  const n = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let fx = finite(fg(x, g));
  const H = new Float64Array(n * n);
  for (let i = 0; i < n; i++) H[i * n + i] = 1;
  const d = new Float64Array(n);
  let next = new Float64Array(n);
  let nextG = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  let stalled = 0;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (fx === Infinity) return { x, value: Infinity, iterations: iteration, converged: false };
    if (maxAbs(g) < tolerance) return { x, value: fx, iterations: iteration, converged: true };
    for (let i = 0; i < n; i++) {
      let t = 0;
      for (let j = 0; j < n; j++) t -= H[i * n + j]! * g[j]!;
      d[i] = t;
    }
    let slope = dot(d, g);
    if (!(slope < 0)) {
      // Not a descent direction: restart from steepest descent.
      H.fill(0);
      for (let i = 0; i < n; i++) {
        H[i * n + i] = 1;
        d[i] = -g[i]!;
      }
      slope = dot(d, g);
    }
    const { step, value } = lineSearch(fg, x, fx, d, slope, next, nextG);
    if (step === 0)
      return { x, value: fx, iterations: iteration, converged: maxAbs(g) < 1e3 * tolerance };
    for (let i = 0; i < n; i++) {
      s[i] = next[i]! - x[i]!;
      y[i] = nextG[i]! - g[i]!;
    }
    if (iteration === 0) {
      const scale = dot(s, y) / dot(y, y);
      if (scale > 0 && Number.isFinite(scale)) for (let i = 0; i < n; i++) H[i * n + i] = scale;
    }
    updateInverseHessian(H, s, y);
    // A run that creeps along a flat ridge (e.g. BG/NBD's a, b → ∞ on data without dropout)
    // stops after 5 iterations that each improve by less than 1e-12 relative.
    stalled = fx - value <= 1e-12 * Math.abs(fx) ? stalled + 1 : 0;
    [x, next] = [next, x];
    [g, nextG] = [nextG, g];
    fx = value;
    if (stalled >= 5) {
      return { x, value: fx, iterations: iteration + 1, converged: maxAbs(g) < 1e3 * tolerance };
    }
  }
  return { x, value: fx, iterations: maxIterations, converged: maxAbs(g) < tolerance };
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
      return { x: simplex[best]!, value: values[best]!, iterations: iteration, converged: true };
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
  return { x: simplex[best]!, value: values[best]!, iterations: maxIterations, converged: false };
}

/**
 * Multi-start minimisation: a short BFGS run (`screenIterations`) from every start, then the
 * lowest of them continued to convergence; when that fails, a bounded Nelder–Mead polish and
 * BFGS once more. `iterations` is the total over all runs.
 */
export function minimize(
  f: Objective,
  starts: readonly ArrayLike<number>[],
  options: MinimizeOptions & { screenIterations?: number } = {},
): Minimum {
  const screen = options.screenIterations ?? 15;
  let best: Minimum | undefined;
  let iterations = 0;
  for (const start of starts) {
    const result = bfgs(f, start, { ...options, maxIterations: screen });
    iterations += result.iterations;
    if (!best || result.value < best.value) best = result;
  }
  if (!best) throw new Error('minimize needs at least one start');
  if (!best.converged) {
    const full = bfgs(f, best.x, options);
    iterations += full.iterations;
    if (full.value <= best.value) best = full;
  }
  if (!best.converged) {
    const polished = nelderMead(f, best.x, { step: 0.1, maxIterations: 200 * best.x.length });
    const again = bfgs(f, polished.x, options);
    iterations += polished.iterations + again.iterations;
    if (again.value <= best.value) best = again;
  }
  return { ...best, iterations };
}
