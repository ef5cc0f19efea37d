import { describe, expect, it } from 'vitest';
import { digamma, gammaSign, hyp2f1, lnBeta, lnGamma } from '../../../src/core/models/index.ts';

/** |actual − expected| ≤ tol · max(1, |expected|). */
function close(actual: number, expected: number, tol: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));
}

describe('lnGamma', () => {
  // Exact values: Γ(1/2) = √π, Γ(n) = (n−1)!, Γ(−1/2) = −2√π (A&S 6.1.8, 6.1.6).
  const cases: [number, number][] = [
    [0.5, 0.5 * Math.log(Math.PI)],
    [1, 0],
    [2, 0],
    [3, Math.log(2)],
    [10, Math.log(362880)],
    [1.5, Math.log(Math.sqrt(Math.PI) / 2)],
    [-0.5, Math.log(2 * Math.sqrt(Math.PI))],
    // ln(99!) from the exact integer 99! (Wolfram|Alpha: 359.13420536957539878…).
    [100, 359.1342053695754],
    // lnΓ(1e-8) = −ln(1e-8) − γ·1e-8 + O(1e-16) (series A&S 6.1.33).
    [1e-8, 18.420680738180209],
  ];
  it.each(cases)('lnΓ(%d)', (x, expected) => close(lnGamma(x), expected, 1e-13));

  it('signs and poles', () => {
    expect([gammaSign(2.5), gammaSign(-0.5), gammaSign(-1.5), gammaSign(-2)]).toEqual([
      1, -1, 1, 0,
    ]);
    expect(lnGamma(0)).toBe(Infinity);
    expect(lnGamma(-3)).toBe(Infinity);
  });

  it('lnBeta: B(2, 3) = 1/12, B(1/2, 1/2) = π', () => {
    close(lnBeta(2, 3), Math.log(1 / 12), 1e-13);
    close(lnBeta(0.5, 0.5), Math.log(Math.PI), 1e-13);
  });
});

describe('digamma', () => {
  const euler = 0.5772156649015329;
  // ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2, ψ(n) = H(n−1) − γ (A&S 6.3.2–6.3.4).
  const cases: [number, number][] = [
    [1, -euler],
    [0.5, -euler - 2 * Math.log(2)],
    [10, 1 + 1 / 2 + 1 / 3 + 1 / 4 + 1 / 5 + 1 / 6 + 1 / 7 + 1 / 8 + 1 / 9 - euler],
    [-0.5, -euler - 2 * Math.log(2) + 2], // ψ(x+1) = ψ(x) + 1/x at x = −1/2
  ];
  it.each(cases)('ψ(%d)', (x, expected) => close(digamma(x), expected, 1e-13));
});

describe('hyp2f1', () => {
  // Closed forms (A&S 15.1.3, 15.1.8, 15.1.6).
  const log1 = (z: number) => -Math.log(1 - z) / z;
  const cases: [string, number, number, number, number, number, number][] = [
    ['2F1(1,1;2;z), z small', 1, 1, 2, 0.3, log1(0.3), 1e-14],
    ['2F1(1,1;2;z), z near 1 (c−a−b = 0)', 1, 1, 2, 0.95, log1(0.95), 1e-9],
    ['2F1(1,1;2;z), z very near 1', 1, 1, 2, 0.9999, log1(0.9999), 1e-8],
    ['2F1(1,1;2;z), z < 0', 1, 1, 2, -0.5, Math.log(1.5) / 0.5, 1e-14],
    ['2F1(a,b;b;z) = (1−z)^−a', 0.7, 2.3, 2.3, 0.6, Math.pow(0.4, -0.7), 1e-13],
    ['2F1(a,b;b;z), c−a−b < 0', 3.2, 5, 5, 0.97, Math.pow(0.03, -3.2), 1e-10],
    ['2F1(½,½;3/2;z²) = asin(z)/z', 0.5, 0.5, 1.5, 0.25, Math.asin(0.5) / 0.5, 1e-14],
    [
      '2F1(½,½;3/2;z²), z² near 1',
      0.5,
      0.5,
      1.5,
      0.99,
      Math.asin(Math.sqrt(0.99)) / Math.sqrt(0.99),
      1e-9,
    ],
    ['2F1(a,b;c;0) = 1', 2, 3, 4, 0, 1, 0],
  ];
  it.each(cases)('%s', (_, a, b, c, z, expected, tol) => close(hyp2f1(a, b, c, z), expected, tol));

  it('returns NaN outside z < 1', () => {
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN();
  });
});
