/** Chebyshev interpolation against functions whose values are known in closed form. */
import { describe, expect, it } from 'vitest';
import { chebyshevAt, chebyshevFit } from '../../../src/core/models/chebyshev.ts';

describe('chebyshevFit', () => {
  it.each([
    ['exp on [0, 3]', Math.exp, 0, 3],
    ['1/(x + 7.5) on [0, 104] (a pole near the interval)', (x: number) => 1 / (x + 7.5), 0, 104],
    ['cos(5x) on [-1, 2]', (x: number) => Math.cos(5 * x), -1, 2],
  ])('%s: within 1e-12 of the function everywhere', (_, f, lo, hi) => {
    const fit = chebyshevFit(f, lo, hi);
    expect(fit).toBeDefined();
    let worst = 0;
    for (let i = 0; i <= 1000; i++) {
      const x = lo + ((hi - lo) * i) / 1000;
      worst = Math.max(worst, Math.abs(chebyshevAt(fit!, x) - f(x)) / Math.max(1, Math.abs(f(x))));
    }
    expect(worst).toBeLessThan(1e-12);
  });

  it('refuses a function it cannot resolve (a kink), so callers compute exactly', () => {
    expect(chebyshevFit(Math.abs, -1, 1)).toBeUndefined();
  });
});
