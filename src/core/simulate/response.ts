/**
 * The retention response model (docs/ARCHITECTURE.md, "Retention spend simulator"): spend per
 * customer c buys a relative churn reduction with diminishing returns,
 * e(c) = e_max · (1 − exp(−c / k)), and a segment's outcome follows from it.
 */

/** A channel's response: maximum relative churn reduction (0–1) and its spend scale k (> 0). */
export interface ResponseCurve {
  eMax: number;
  k: number;
}

/**
 * Relative churn reduction bought by spending `spend` per customer:
 * e(c) = e_max · (1 − exp(−c / k)). Zero for no spend; tends to e_max.
 */
export function responseEffect(spend: number, curve: ResponseCurve): number {
  if (!(spend > 0)) return 0;
  return curve.eMax * -Math.expm1(-spend / curve.k);
}

/** The slope e′(c) = (e_max / k) · exp(−c / k): extra reduction per extra unit of spend. */
export function responseSlope(spend: number, curve: ResponseCurve): number {
  return (curve.eMax / curve.k) * Math.exp(-Math.max(0, spend) / curve.k);
}

/** What a segment is and what is spent on it. */
export interface SegmentInput {
  /** Customers N. */
  customers: number;
  /** Baseline probability of churning within the horizon. */
  p: number;
  /** Value V of a retained customer (predicted CLV). */
  value: number;
  /** Spend per customer c. */
  spend: number;
  /** Cost of running the program at all (incurred only when spend > 0). */
  fixedCost: number;
  curve: ResponseCurve;
}

export interface SegmentOutcome {
  /** e(c). */
  effect: number;
  /** Customers saved N · p · e(c). */
  saved: number;
  /** Saved · V. */
  valueSaved: number;
  /** N · c + fixed cost (when c > 0). */
  cost: number;
  /** Value saved − cost. */
  net: number;
  /** Net / cost; NaN when nothing is spent. */
  roi: number;
  /**
   * Value saved by the next unit of money spent on this segment: d(value saved)/d(cost) =
   * p · V · e′(c). Above 1 the next unit pays for itself.
   */
  marginal: number;
}

/** The outcome of one segment (the formulas of docs/ARCHITECTURE.md). */
export function segmentOutcome(s: SegmentInput): SegmentOutcome {
  const effect = responseEffect(s.spend, s.curve);
  const saved = s.customers * s.p * effect;
  const valueSaved = saved * s.value;
  const cost = s.spend > 0 ? s.customers * s.spend + s.fixedCost : 0;
  const net = valueSaved - cost;
  return {
    effect,
    saved,
    valueSaved,
    cost,
    net,
    roi: cost > 0 ? net / cost : NaN,
    marginal: s.p * s.value * responseSlope(s.spend, s.curve),
  };
}

export interface SimulationTotals {
  customers: number;
  cost: number;
  valueSaved: number;
  net: number;
  /** Net / cost; NaN when nothing is spent. */
  roi: number;
  /** Customers retained by the spend: Σ N · p · e(c). */
  retained: number;
  /** Σ N · V: the predicted value of the base before any retention spend. */
  clvBefore: number;
  /** clvBefore + value saved (gross of the spend). */
  clvAfter: number;
  /** Customer-weighted churn probability over the horizon, before and after. */
  churnBefore: number;
  churnAfter: number;
}

/** Totals over segments and their outcomes (same order). */
export function simulationTotals(
  segments: readonly SegmentInput[],
  outcomes: readonly SegmentOutcome[],
): SimulationTotals {
  let customers = 0;
  let cost = 0;
  let valueSaved = 0;
  let retained = 0;
  let clvBefore = 0;
  let churners = 0;
  segments.forEach((s, i) => {
    const o = outcomes[i]!;
    customers += s.customers;
    cost += o.cost;
    valueSaved += o.valueSaved;
    retained += o.saved;
    clvBefore += s.customers * s.value;
    churners += s.customers * s.p;
  });
  const net = valueSaved - cost;
  return {
    customers,
    cost,
    valueSaved,
    net,
    roi: cost > 0 ? net / cost : NaN,
    retained,
    clvBefore,
    clvAfter: clvBefore + valueSaved,
    churnBefore: customers > 0 ? churners / customers : NaN,
    churnAfter: customers > 0 ? (churners - retained) / customers : NaN,
  };
}

/** Every segment's outcome and the totals. */
export function simulate(segments: readonly SegmentInput[]): {
  outcomes: SegmentOutcome[];
  totals: SimulationTotals;
} {
  const outcomes = segments.map(segmentOutcome);
  return { outcomes, totals: simulationTotals(segments, outcomes) };
}

/**
 * LTV / CAC before and after: mean CLV per customer over the mean acquisition cost; after
 * the spend, the mean CLV gains the net value of the program. NaN when CAC is unknown.
 */
export function ltvToCac(
  totals: SimulationTotals,
  cac: number | null,
): {
  before: number;
  after: number;
} {
  if (cac === null || !(cac > 0) || totals.customers === 0) return { before: NaN, after: NaN };
  const mean = totals.clvBefore / totals.customers;
  return { before: mean / cac, after: (mean + totals.net / totals.customers) / cac };
}

/**
 * The seed's claim "+5 % retention → +25–95 % profit" (seed 002), checked on the user's
 * segments: retention 1 − p raised by 5 percentage points in every segment (churn cannot fall
 * below 0); the value gained is the customers kept times V, as a share of Σ N · V.
 */
export function retentionLift(
  segments: readonly Pick<SegmentInput, 'customers' | 'p' | 'value'>[],
  points = 0.05,
): { kept: number; valueGained: number; share: number } {
  let kept = 0;
  let valueGained = 0;
  let base = 0;
  for (const s of segments) {
    const k = s.customers * Math.min(s.p, points);
    kept += k;
    valueGained += k * s.value;
    base += s.customers * s.value;
  }
  return { kept, valueGained, share: base > 0 ? valueGained / base : NaN };
}
