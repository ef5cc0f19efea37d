import { describe, expect, it } from 'vitest';
import { bfgs, minimize, nelderMead } from '../../../src/core/models/index.ts';

// Rosenbrock's function: minimum 0 at (1, 1).
const rosenbrock = (x: Float64Array) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;

describe('minimisers', () => {
  it('BFGS with a numerical gradient finds the Rosenbrock minimum', () => {
    const m = bfgs(rosenbrock, [-1.2, 1]);
    expect(m.converged).toBe(true);
    expect(m.x[0]).toBeCloseTo(1, 5);
    expect(m.x[1]).toBeCloseTo(1, 5);
  });

  it('Nelder–Mead finds the Rosenbrock minimum', () => {
    const m = nelderMead(rosenbrock, [-1.2, 1], { tolerance: 1e-14 });
    expect(m.converged).toBe(true);
    expect(m.x[0]).toBeCloseTo(1, 3);
    expect(m.value).toBeLessThan(1e-8);
  });

  it('treats a non-finite objective as +Infinity and never returns NaN', () => {
    // NaN for x < 0: the minimum of (x − 2)² on x ≥ 0 is still found, from a start at x = −1.
    const f = (x: Float64Array) => (x[0]! < 0 ? NaN : (x[0]! - 2) ** 2);
    const m = minimize(f, [[-1], [5]]);
    expect(m.x[0]).toBeCloseTo(2, 5);
    const never = minimize(() => NaN, [[0, 0]]);
    expect(never.value).toBe(Infinity);
    expect(never.converged).toBe(false);
    expect(Number.isNaN(never.x[0])).toBe(false);
  });
});
