/**
 * Unconstrained minimisers for maximum-likelihood fits: BFGS with an analytic or
 * central-difference gradient, a Newton refinement on the analytic gradient, and a multi-start
 * driver (its Nelder–Mead fallback is in nelder-mead.ts). A non-finite objective is treated as +Infinity, so a result is never
 * NaN. `converged` means one thing everywhere: the largest |∂f/∂xᵢ| at the returned point is
 * below the tolerance — never "the line search stalled close enough".
 */
import { nelderMead } from './nelder-mead.ts';

/** The objective: parameters → value. */
export type Objective = (x: Float64Array) => number;
/** Value and gradient together: fills `gradient` and returns the value. */
export type ObjectiveWithGradient = (x: Float64Array, gradient: Float64Array) => number;

export interface Minimum {
  x: Float64Array;
  value: number;
  /** Iterations of every method run (BFGS and Newton steps, Nelder–Mead moves). */
  iterations: number;
  /** Largest |∂f/∂xᵢ| at x (the ∞-norm of the gradient), Infinity when unknown. */
  gradientNorm: number;
  /** gradientNorm < tolerance. */
  converged: boolean;
  /** BFGS's inverse-Hessian estimate at x (row-major n × n), to warm-start another run. */
  inverseHessian?: Float64Array;
}

/** The tolerance on the gradient's ∞-norm unless a caller sets another. */
export const GRADIENT_TOLERANCE = 1e-9;

export interface MinimizeOptions {
  maxIterations?: number;
  /** BFGS: stop when every |∂f/∂xᵢ| is below this. Nelder–Mead: spread of the simplex values. */
  tolerance?: number;
  /** Analytic gradient for BFGS; central differences otherwise. */
  gradient?: ObjectiveWithGradient;
  /** BFGS: the starting inverse Hessian (row-major n × n), e.g. from a fit on a subsample. */
  inverseHessian?: Float64Array;
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

/**
 * Backtracking line search with the Armijo condition; returns the accepted step or 0. Where
 * the change in value is within rounding of the value itself (near an optimum of a sum over a
 * million customers), a step that shrinks the gradient is accepted instead: the gradient
 * still carries the information the value has lost.
 */
function lineSearch(
  fg: ObjectiveWithGradient,
  x: Float64Array,
  fx: number,
  gradientNorm: number,
  direction: Float64Array,
  slope: number,
  next: Float64Array,
  nextGradient: Float64Array,
): { step: number; value: number } {
  let step = 1;
  const noise = 1e-13 * Math.abs(fx);
  for (let k = 0; k < 40; k++) {
    for (let i = 0; i < x.length; i++) next[i] = x[i]! + step * direction[i]!;
    const value = finite(fg(next, nextGradient));
    const nextNorm = maxAbs(nextGradient);
    if (nextNorm < Infinity) {
      if (value <= fx + 1e-4 * step * slope) return { step, value };
      if (Math.abs(value - fx) <= noise && nextNorm < gradientNorm) return { step, value };
    }
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

function resetInverseHessian(H: Float64Array, n: number, scale = 1): void {
  H.fill(0);
  for (let i = 0; i < n; i++) H[i * n + i] = scale;
}

/**
 * Quasi-Newton BFGS (Nocedal & Wright 2006, Algorithm 6.1) with a backtracking line search.
 * When the line search finds no decrease along the quasi-Newton direction, the inverse Hessian
 * is reset once and steepest descent tried; a run that still cannot move stops with
 * `converged` false unless the gradient already meets the tolerance.
 */
export function bfgs(f: Objective, x0: ArrayLike<number>, options: MinimizeOptions = {}): Minimum {
  const fg = options.gradient ?? numericGradient(f);
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.tolerance ?? GRADIENT_TOLERANCE;
  const n = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let fx = finite(fg(x, g));
  const H = options.inverseHessian
    ? Float64Array.from(options.inverseHessian)
    : new Float64Array(n * n);
  if (!options.inverseHessian) resetInverseHessian(H, n);
  let fresh = !options.inverseHessian;
  const d = new Float64Array(n);
  let next = new Float64Array(n);
  let nextG = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  let stalled = 0;
  const result = (iterations: number): Minimum => {
    const gradientNorm = fx === Infinity ? Infinity : maxAbs(g);
    const converged = gradientNorm < tolerance;
    return { x, value: fx, iterations, gradientNorm, converged, inverseHessian: H };
  };
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (fx === Infinity || maxAbs(g) < tolerance) return result(iteration);
    for (let i = 0; i < n; i++) {
      let t = 0;
      for (let j = 0; j < n; j++) t -= H[i * n + j]! * g[j]!;
      d[i] = t;
    }
    let slope = dot(d, g);
    if (!(slope < 0)) {
      // Not a descent direction: restart from steepest descent.
      resetInverseHessian(H, n);
      for (let i = 0; i < n; i++) d[i] = -g[i]!;
      slope = dot(d, g);
      fresh = true;
    }
    const { step, value } = lineSearch(fg, x, fx, maxAbs(g), d, slope, next, nextG);
    if (step === 0) {
      if (fresh) return result(iteration);
      resetInverseHessian(H, n);
      fresh = true;
      continue;
    }
    for (let i = 0; i < n; i++) {
      s[i] = next[i]! - x[i]!;
      y[i] = nextG[i]! - g[i]!;
    }
    if (fresh) {
      const scale = dot(s, y) / dot(y, y);
      if (scale > 0 && Number.isFinite(scale)) resetInverseHessian(H, n, scale);
      fresh = false;
    }
    updateInverseHessian(H, s, y);
    // A run that creeps along a flat ridge (e.g. BG/NBD's a, b → ∞ on data without dropout)
    // stops after 5 iterations that each improve by less than 1e-12 relative.
    stalled = fx - value <= 1e-12 * Math.abs(fx) ? stalled + 1 : 0;
    [x, next] = [next, x];
    [g, nextG] = [nextG, g];
    fx = value;
    if (stalled >= 5) return result(iteration + 1);
  }
  return result(maxIterations);
}

/** Solves A z = b for a small dense symmetric A by Gaussian elimination with partial pivoting. */
function solve(A: Float64Array, b: Float64Array): Float64Array | undefined {
  const n = b.length;
  const m = Float64Array.from(A);
  const z = Float64Array.from(b);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs(m[r * n + c]!) > Math.abs(m[pivot * n + c]!)) pivot = r;
    if (!(Math.abs(m[pivot * n + c]!) > 1e-300)) return undefined;
    if (pivot !== c) {
      for (let k = 0; k < n; k++)
        [m[c * n + k], m[pivot * n + k]] = [m[pivot * n + k]!, m[c * n + k]!];
      [z[c], z[pivot]] = [z[pivot]!, z[c]!];
    }
    for (let r = c + 1; r < n; r++) {
      const factor = m[r * n + c]! / m[c * n + c]!;
      for (let k = c; k < n; k++) m[r * n + k] = m[r * n + k]! - factor * m[c * n + k]!;
      z[r] = z[r]! - factor * z[c]!;
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    let t = z[r]!;
    for (let k = r + 1; k < n; k++) t -= m[r * n + k]! * z[k]!;
    z[r] = t / m[r * n + r]!;
  }
  return z.every(Number.isFinite) ? z : undefined;
}

/** The Hessian by central differences of an analytic gradient (symmetrised), n × n row-major. */
export function hessianOf(fg: ObjectiveWithGradient, x: Float64Array): Float64Array {
  const n = x.length;
  const H = new Float64Array(n * n);
  const probe = Float64Array.from(x);
  const up = new Float64Array(n);
  const down = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const h = 1e-5 * Math.max(1, Math.abs(x[j]!));
    probe[j] = x[j]! + h;
    fg(probe, up);
    probe[j] = x[j]! - h;
    fg(probe, down);
    probe[j] = x[j]!;
    for (let i = 0; i < n; i++) H[i * n + j] = (up[i]! - down[i]!) / (2 * h);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) H[i * n + j] = H[j * n + i] = (H[i * n + j]! + H[j * n + i]!) / 2;
  }
  return H;
}

/**
 * Newton's method on the gradient: steps −H⁻¹g with H from `hessianOf`, accepted when the
 * gradient's ∞-norm falls (halving the step up to 20 times). Near an optimum where the
 * objective's own rounding hides further decrease (a flat ridge, a million summed terms), the
 * gradient still points the way, so this finishes what a value-based line search cannot.
 */
export function newtonRefine(
  fg: ObjectiveWithGradient,
  x0: ArrayLike<number>,
  options: { tolerance?: number; maxSteps?: number } = {},
): Minimum {
  const tolerance = options.tolerance ?? GRADIENT_TOLERANCE;
  const n = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let value = finite(fg(x, g));
  let norm = value === Infinity ? Infinity : maxAbs(g);
  let iterations = 0;
  const trial = new Float64Array(n);
  const trialG = new Float64Array(n);
  for (
    ;
    iterations < (options.maxSteps ?? 8) && norm >= tolerance && value < Infinity;
    iterations++
  ) {
    const step = solve(hessianOf(fg, x), g);
    if (!step) break;
    let accepted = false;
    for (let t = 1, k = 0; k < 20 && !accepted; k++, t /= 2) {
      for (let i = 0; i < n; i++) trial[i] = x[i]! - t * step[i]!;
      const v = finite(fg(trial, trialG));
      const trialNorm = maxAbs(trialG);
      if (v < Infinity && trialNorm < norm && v <= value + 1e-12 * Math.abs(value)) {
        [x, g] = [Float64Array.from(trial), Float64Array.from(trialG)];
        [value, norm, accepted] = [v, trialNorm, true];
      }
    }
    if (!accepted) break;
  }
  return { x, value, iterations, gradientNorm: norm, converged: norm < tolerance };
}

/**
 * Multi-start minimisation: a short BFGS run (`screenIterations`) from every start, then the
 * lowest of them continued to convergence; when BFGS stops short, a Newton refinement on the
 * gradient, and when that fails too a bounded Nelder–Mead polish followed by BFGS and Newton
 * once more. `iterations` is the total over all runs; `converged` is the gradient test at the
 * point returned.
 */
export function minimize(
  f: Objective,
  starts: readonly ArrayLike<number>[],
  options: MinimizeOptions & { screenIterations?: number } = {},
): Minimum {
  const screen = options.screenIterations ?? 6;
  const fg = options.gradient ?? numericGradient(f);
  let best: Minimum | undefined;
  let iterations = 0;
  for (const start of starts) {
    const result = bfgs(f, start, { ...options, maxIterations: screen });
    iterations += result.iterations;
    if (!best || result.value < best.value) best = result;
  }
  if (!best) throw new Error('minimize needs at least one start');
  if (!best.converged) {
    const full = bfgs(f, best.x, { ...options, inverseHessian: best.inverseHessian });
    iterations += full.iterations;
    if (full.value <= best.value) best = full;
  }
  best = refine(fg, best, options.tolerance);
  iterations += best.iterations;
  if (!best.converged) {
    const polished = nelderMead(f, best.x, { step: 0.1, maxIterations: 200 * best.x.length });
    const again = refine(fg, bfgs(f, polished.x, options), options.tolerance);
    iterations += polished.iterations + again.iterations;
    if (again.value <= best.value || again.converged) best = again;
  }
  return { ...best, iterations };
}

/** `newtonRefine` when BFGS stopped short of the tolerance; the better of the two is kept. */
function refine(fg: ObjectiveWithGradient, found: Minimum, tolerance?: number): Minimum {
  if (found.converged || found.value === Infinity) return { ...found, iterations: 0 };
  const refined = newtonRefine(fg, found.x, { tolerance });
  return refined.gradientNorm < found.gradientNorm &&
    refined.value <= found.value + 1e-12 * Math.abs(found.value)
    ? refined
    : { ...found, iterations: refined.iterations };
}
