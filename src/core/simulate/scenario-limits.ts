/**
 * What a scenario may hold: the bounds the scenario file's reader enforces (app import, saved
 * scenarios, CLI `simulate --scenario`) and the app's inputs respect. Money is in the data
 * set's currency; "per customer" figures are spent or earned on one customer. The bounds are
 * far beyond any real plan and low enough that every total (N · V, N · spend) stays a finite,
 * exact-enough double and every loop over segments stays short.
 */
export const SCENARIO_LIMITS = {
  /** A scenario file's text, in characters (1 000 segments with long labels fit in a few MB). */
  fileChars: 8_000_000,
  /** Whole periods of the model's unit: up to ten years of days. */
  horizon: { min: 1, max: 3660 },
  segments: 1000,
  channels: 50,
  /** Customers in one segment (a whole number). */
  customers: 1e9,
  /** Value V of a retained customer, and its variants at other discount rates: |V| ≤ this. */
  value: 1e9,
  /** Spend per customer, its minimum and maximum, and a channel's cost per contact. */
  perCustomer: 1e7,
  /** A channel's spend scale k: above 0, at most this. */
  k: 1e7,
  /** A segment's fixed cost and the optimiser's budget. */
  total: 1e12,
  /** The mean acquisition cost. */
  cac: 1e9,
  /** Characters in a name, key, label or channel id (a custom segmentation may be longer). */
  text: 4096,
  segmentation: 65_536,
} as const;
