/**
 * Rule placement: the lane each customer's rules give on a day, from their distinct purchase
 * days (the timeline's compressed rows) and P(alive). One pass, O(purchase days), no objects
 * per customer: 100 000 customers place in a few milliseconds.
 */
import {
  CATCH_ALL,
  RULE_PRIORITY,
  checkConfig,
  type BoardConfig,
  type RuleKind,
  type Thresholds,
} from './config.ts';

/** No lane: the customer had not bought yet on the day placed. */
export const NO_LANE = 255;

/** Customers' distinct purchase days, ascending, as compressed rows (CustomerTimeline). */
export interface PurchaseDays {
  offsets: Int32Array;
  days: Int32Array;
}

/** What the rules read about one customer on the day `end`. */
export interface CustomerFacts {
  first: number;
  last: number;
  /** Distinct purchase days up to `end`. */
  orders: number;
  /** Day of the latest purchase that came W or more days after the previous one (or −∞). */
  lastReturn: number;
  /** P(alive) on `end`; NaN when unknown (the P(alive) rule is then skipped). */
  pAlive: number;
}

/** Whether a rule matches a customer on day `end`. */
export function ruleMatches(kind: RuleKind, f: CustomerFacts, end: number, t: Thresholds): boolean {
  const recency = end - f.last;
  const lapsed = recency >= t.window;
  switch (kind) {
    case 'lapsed':
      return lapsed;
    case 'dissolution':
      return lapsed || atRisk(f, recency, t);
    case 'new':
      return end - f.first < t.window;
    case 'awareness':
      return end - f.first < t.window && f.orders === 1;
    case 'wonBack':
      return f.lastReturn > end - t.window;
    case 'atRisk':
      return atRisk(f, recency, t);
    case 'loyal':
    case 'expansion':
      return f.orders >= t.loyalOrders;
    case 'commitment':
      return f.orders >= t.loyalOrders && end - f.first >= t.commitmentDays;
    case 'active':
    case 'exploration':
      return true;
  }
}

/** P(alive) under the threshold, or the days since the last purchase past the usual gap. */
function atRisk(f: CustomerFacts, recency: number, t: Thresholds): boolean {
  if (f.pAlive < t.atRiskPAlive) return true;
  if (f.orders < 2) return false;
  const meanGap = (f.last - f.first) / (f.orders - 1);
  return recency > t.gapFactor * meanGap;
}

/** A configuration turned into the ordered (rule, lane) list that placement walks. */
export interface CompiledRules {
  kinds: RuleKind[];
  lanes: Uint8Array;
  /** Lane of customers no rule places (the catch-all lane, else lane 0). */
  fallback: number;
  thresholds: Thresholds;
}

export function compileRules(config: BoardConfig): CompiledRules {
  checkConfig(config);
  const kinds: RuleKind[] = [];
  const lanes: number[] = [];
  for (const kind of RULE_PRIORITY) {
    const lane = config.lanes.findIndex((l) => l.rule === kind);
    if (lane >= 0) {
      kinds.push(kind);
      lanes.push(lane);
    }
  }
  const catchAll = config.lanes.findIndex((l) => l.rule !== null && CATCH_ALL.includes(l.rule));
  return {
    kinds,
    lanes: Uint8Array.from(lanes),
    fallback: catchAll >= 0 ? catchAll : 0,
    thresholds: config.thresholds,
  };
}

/** The lane of one customer's facts. */
export function laneOf(f: CustomerFacts, end: number, rules: CompiledRules): number {
  for (let k = 0; k < rules.kinds.length; k++) {
    if (ruleMatches(rules.kinds[k]!, f, end, rules.thresholds)) return rules.lanes[k]!;
  }
  return rules.fallback;
}

/**
 * The facts of customer `c` on day `end` (purchases after `end` ignored), written into `f`;
 * false when the customer had not bought by then.
 */
export function factsAt(
  p: PurchaseDays,
  c: number,
  end: number,
  window: number,
  pAlive: number,
  f: CustomerFacts,
): boolean {
  const a = p.offsets[c]!;
  let b = p.offsets[c + 1]!;
  while (b > a && p.days[b - 1]! > end) b--;
  if (b === a) return false;
  f.first = p.days[a]!;
  f.last = p.days[b - 1]!;
  f.orders = b - a;
  f.pAlive = pAlive;
  f.lastReturn = -Infinity;
  // Only a return within the last W days matters, so the scan stops there.
  for (let j = b - 1; j > a && p.days[j]! > end - window; j--) {
    if (p.days[j]! - p.days[j - 1]! >= window) {
      f.lastReturn = p.days[j]!;
      break;
    }
  }
  return true;
}

/**
 * The lane the rules give every customer on day `end`: a Uint8Array of lane indexes
 * (NO_LANE for customers without a purchase by then). `pAlive[c]` may be NaN.
 */
export function ruleLanes(
  p: PurchaseDays,
  pAlive: Float64Array,
  end: number,
  config: BoardConfig,
): Uint8Array {
  const rules = compileRules(config);
  const n = p.offsets.length - 1;
  const lanes = new Uint8Array(n).fill(NO_LANE);
  const f: CustomerFacts = { first: 0, last: 0, orders: 0, lastReturn: 0, pAlive: NaN };
  const window = rules.thresholds.window;
  for (let c = 0; c < n; c++) {
    if (factsAt(p, c, end, window, pAlive[c]!, f)) lanes[c] = laneOf(f, end, rules);
  }
  return lanes;
}

/** Customers per lane (NO_LANE not counted). */
export function laneCounts(lanes: Uint8Array, laneCount: number): Int32Array {
  const counts = new Int32Array(laneCount);
  for (let i = 0; i < lanes.length; i++) if (lanes[i]! < laneCount) counts[lanes[i]!]!++;
  return counts;
}
