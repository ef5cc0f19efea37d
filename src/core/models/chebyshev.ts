/**
 * Chebyshev interpolation of a smooth function on an interval (Trefethen, "Approximation
 * Theory and Approximation Practice", ch. 3–8): values at n Chebyshev points of the first kind,
 * coefficients by the discrete cosine transform, evaluation by Clenshaw's recurrence. For a
 * function analytic around the interval the coefficients fall geometrically, so their tail
 * says how accurate the interpolant is.
 */

export interface Chebyshev {
  lo: number;
  hi: number;
  coefficients: Float64Array;
}

/**
 * The interpolant of f on [lo, hi] with the fewest of 32, 64, 128 or 256 points whose last
 * three coefficients are below `tolerance` × the largest; undefined when none is.
 */
export function chebyshevFit(
  f: (x: number) => number,
  lo: number,
  hi: number,
  tolerance = 1e-14,
): Chebyshev | undefined {
  for (let n = 32; n <= 256; n *= 2) {
    const mid = (lo + hi) / 2;
    const half = (hi - lo) / 2;
    const values = Float64Array.from({ length: n }, (_, j) =>
      f(mid + half * Math.cos((Math.PI * (j + 0.5)) / n)),
    );
    if (!values.every(Number.isFinite)) return undefined;
    const coefficients = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      let sum = 0;
      for (let j = 0; j < n; j++) sum += values[j]! * Math.cos((Math.PI * k * (j + 0.5)) / n);
      coefficients[k] = ((k === 0 ? 1 : 2) / n) * sum;
    }
    let largest = 0;
    for (const c of coefficients) largest = Math.max(largest, Math.abs(c));
    const tail = Math.max(
      Math.abs(coefficients[n - 1]!),
      Math.abs(coefficients[n - 2]!),
      Math.abs(coefficients[n - 3]!),
    );
    if (tail <= tolerance * largest) return { lo, hi, coefficients };
  }
  return undefined;
}

/** The interpolant at x (within [lo, hi]), by Clenshaw's recurrence. */
export function chebyshevAt(c: Chebyshev, x: number): number {
  const s = c.hi > c.lo ? (2 * x - c.lo - c.hi) / (c.hi - c.lo) : 0;
  const a = c.coefficients;
  let b1 = 0;
  let b2 = 0;
  for (let k = a.length - 1; k >= 1; k--) {
    const b0 = 2 * s * b1 - b2 + a[k]!;
    b2 = b1;
    b1 = b0;
  }
  return s * b1 - b2 + a[0]!;
}
