/**
 * Special functions for the customer-base models: log-gamma, digamma, log-beta and the
 * Gaussian hypergeometric function 2F1. Plain doubles, no allocation in the hot paths.
 */

// Lanczos approximation, g = 671/128, 14 terms: Press et al., Numerical Recipes 3rd ed.
// (2007) §6.1 `gammln`, stated there to be accurate to double precision for x > 0.
// Written with the shortest decimals that round to the published 18-digit values.
const LANCZOS = [
  57.15623566586292, -59.59796035547549, 14.136097974741746, -0.4919138160976202,
  3.399464998481189e-5, 4.652362892704858e-5, -9.837447530487956e-5, 1.580887032249125e-4,
  -2.1026444172410488e-4, 2.1743961811521265e-4, -1.643181065367639e-4, 8.441822398385275e-5,
  -2.6190838401581408e-5, 3.6899182659531625e-6,
] as const;
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const LN_PI = Math.log(Math.PI);

function lnGammaPositive(x: number): number {
  const tmp = x + 5.2421875;
  let ser = 0.9999999999999971;
  let y = x;
  for (const c of LANCZOS) ser += c / ++y;
  return (x + 0.5) * Math.log(tmp) - tmp + Math.log((SQRT_2PI * ser) / x);
}

/**
 * ln|Γ(x)|. For x > 0 the Lanczos series above; for negative non-integers the reflection
 * Γ(x)Γ(1−x) = π / sin(πx). +Infinity at the poles 0, −1, −2, …
 */
export function lnGamma(x: number): number {
  if (x > 0) return lnGammaPositive(x);
  if (Number.isInteger(x)) return Infinity;
  return LN_PI - Math.log(Math.abs(Math.sin(Math.PI * x))) - lnGammaPositive(1 - x);
}

/** The sign of Γ(x): +1 for x > 0, alternating between the negative poles; 0 at a pole. */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  if (Number.isInteger(x)) return 0;
  return Math.floor(x) % 2 === 0 ? 1 : -1;
}

/** ln B(a, b) = lnΓ(a) + lnΓ(b) − lnΓ(a + b), for a, b > 0. */
export function lnBeta(a: number, b: number): number {
  return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}

/**
 * Digamma ψ(x) = d lnΓ(x)/dx for x > 0: the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10,
 * then the asymptotic series ln x − 1/(2x) − Σ B₂ₖ/(2k x²ᵏ) (Abramowitz & Stegun 6.3.18).
 * Negative arguments use the reflection ψ(1 − x) − ψ(x) = π cot(πx).
 */
export function digamma(x: number): number {
  if (x <= 0) {
    if (Number.isInteger(x)) return NaN;
    return digamma(1 - x) - Math.PI / Math.tan(Math.PI * x);
  }
  let result = 0;
  while (x < 10) {
    result -= 1 / x;
    x += 1;
  }
  const f = 1 / (x * x);
  const series =
    f *
    (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f * (1 / 132 - f * (691 / 32760))))));
  return result + Math.log(x) - 0.5 / x - series;
}

const EPS = 1e-16;

/**
 * The power series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ (A&S 15.1.1) for |z| < 1. Returns NaN when it has
 * not converged within `maxTerms`, so the caller can switch to a transformation.
 */
export function hyp2f1Series(a: number, b: number, c: number, z: number, maxTerms = 1e5): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < maxTerms; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (Math.abs(term) <= EPS * Math.abs(sum)) return sum;
    if (term === 0) return sum;
  }
  return NaN;
}

/** Γ(c)Γ(d) / (Γ(e)Γ(f)) through logarithms and signs, so that large arguments do not overflow. */
function gammaRatio(c: number, d: number, e: number, f: number): number {
  const sign = gammaSign(c) * gammaSign(d) * gammaSign(e) * gammaSign(f);
  if (gammaSign(e) === 0 || gammaSign(f) === 0) return 0;
  return sign * Math.exp(lnGamma(c) + lnGamma(d) - lnGamma(e) - lnGamma(f));
}

/**
 * The connection formula for z near 1 (A&S 15.3.6): both series on the right run in 1 − z.
 * Valid when c − a − b is not an integer.
 */
function hyp2f1Reflected(a: number, b: number, c: number, z: number): number {
  const s = c - a - b;
  const w = 1 - z;
  const first = gammaRatio(c, s, c - a, c - b) * hyp2f1Series(a, b, 1 - s, w);
  const second = gammaRatio(c, -s, a, b) * Math.pow(w, s) * hyp2f1Series(c - a, c - b, 1 + s, w);
  return first + second;
}

// Below this distance from an integer, c − a − b makes A&S 15.3.6 singular.
const NEAR_INTEGER = 1e-6;
const SHIFT = 1e-5;

function hyp2f1NearOne(a: number, b: number, c: number, z: number): number {
  const s = c - a - b;
  if (Math.abs(s - Math.round(s)) > NEAR_INTEGER) return hyp2f1Reflected(a, b, c, z);
  // 2F1 is analytic in c, so the mean of c ± h equals the value at c up to O(h²).
  return (hyp2f1Reflected(a, b, c + SHIFT, z) + hyp2f1Reflected(a, b, c - SHIFT, z)) / 2;
}

/**
 * Gauss's hypergeometric function ₂F₁(a, b; c; z) for real z < 1 (c not a non-positive
 * integer). Strategy (Abramowitz & Stegun ch. 15):
 * - z < 0: Pfaff's transformation 15.3.4, 2F1(a,b;c;z) = (1−z)^(−a) 2F1(a, c−b; c; z/(z−1)).
 * - c − a − b < 0: Euler's transformation 15.3.3 (1−z)^(c−a−b) 2F1(c−a, c−b; c; z), whose
 *   terms decay where the plain series' terms grow (BG/NBD's conditional expectation, large x).
 * - the power series for z < 0.6, or when it converges within 60 terms; else the 1 − z
 *   connection 15.3.6 (at c − a − b near an integer: the mean of c ± 1e-5, error O(1e-10)).
 * Exact closed forms used in the tests: 2F1(1,1;2;z) = −ln(1−z)/z, 2F1(a,b;b;z) = (1−z)^(−a).
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z < 1) || Number.isNaN(a + b + c)) return NaN;
  if (z === 0) return 1;
  if (z < 0) return Math.pow(1 - z, -a) * hyp2f1(a, c - b, c, z / (z - 1));
  if (c - a - b < 0) return Math.pow(1 - z, c - a - b) * hyp2f1Positive(c - a, c - b, c, z);
  return hyp2f1Positive(a, b, c, z);
}

// Past z = 0.6 the power series is tried for 60 terms only (enough when c is large); then
// the 1 − z connection, whose two series converge at least as fast as 0.4ⁿ.
function hyp2f1Positive(a: number, b: number, c: number, z: number): number {
  const direct = hyp2f1Series(a, b, c, z, z < 0.6 ? 1e5 : 60);
  if (!Number.isNaN(direct)) return direct;
  const connected = hyp2f1NearOne(a, b, c, z);
  return Number.isFinite(connected) ? connected : hyp2f1Series(a, b, c, z, 1e6);
}
