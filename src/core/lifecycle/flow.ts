/**
 * Stage flow: where the rules put each customer at the end of consecutive periods. Two views
 * of it: start → end of a range (each customer once: the stage at the range's start and at its
 * end, `rangeFlow`), and the moves between consecutive period ends summed over the range
 * (`flowMatrix`; a customer counts once per period, so these are moves, not customers).
 * Only the rules count here (manual overrides are decisions about today, not history).
 */
import type { BoardConfig } from './config.ts';
import {
  compileRules,
  factsAt,
  laneOf,
  type CustomerFacts,
  type PurchaseDays,
} from './placement.ts';

/** P(alive) of a customer with x repeat days, last − first = tx, end − first = T (days). */
export type PAliveAt = (x: number, tx: number, T: number) => number;

export interface StageFlow {
  /** Lanes of the board; flow index `lanes` = "not a customer yet". */
  lanes: number;
  /** Evaluation days, one per period end. */
  days: Int32Array;
  /**
   * counts[(p − 1) · S² + from · S + to], S = lanes + 1: customers in stage `from` at the
   * end of period p − 1 and in `to` at the end of period p, for p = 1 … days.length − 1.
   */
  counts: Int32Array;
  /** Customers per stage at each period end: stock[p · S + stage]. */
  stock: Int32Array;
  /** Each customer's stage at each period end: stages[customer · days.length + p]. */
  stages: Uint8Array;
}

/**
 * The stage flow over the given period ends (ascending). Without `pAliveAt`, the P(alive)
 * part of the at-risk rule is skipped (the usual-gap part still applies).
 */
export function stageFlow(
  p: PurchaseDays,
  config: BoardConfig,
  days: Int32Array,
  pAliveAt?: PAliveAt,
): StageFlow {
  const rules = compileRules(config);
  const L = config.lanes.length;
  const S = L + 1;
  const n = p.offsets.length - 1;
  const P = days.length;
  const counts = new Int32Array(Math.max(0, P - 1) * S * S);
  const stock = new Int32Array(P * S);
  const stages = new Uint8Array(n * P);
  const f: CustomerFacts = { first: 0, last: 0, orders: 0, lastReturn: 0, pAlive: NaN };
  const window = rules.thresholds.window;
  for (let c = 0; c < n; c++) {
    let previous = L;
    for (let k = 0; k < P; k++) {
      const end = days[k]!;
      let stage = L;
      if (factsAt(p, c, end, window, NaN, f)) {
        if (pAliveAt) f.pAlive = pAliveAt(f.orders - 1, f.last - f.first, end - f.first);
        stage = laneOf(f, end, rules);
      }
      stock[k * S + stage]!++;
      stages[c * P + k] = stage;
      if (k > 0) counts[(k - 1) * S * S + previous * S + stage]!++;
      previous = stage;
    }
  }
  return { lanes: L, days, counts, stock, stages };
}

/** The flow matrix (S × S) summed over transitions into periods from … to (inclusive, ≥ 1). */
export function flowMatrix(flow: StageFlow, from: number, to: number): Int32Array {
  const S = flow.lanes + 1;
  const matrix = new Int32Array(S * S);
  const last = flow.days.length - 1;
  if (from < 1 || to > last || from > to) {
    throw new Error(`invalid period range: ${from}–${to} (1–${last})`);
  }
  for (let p = from; p <= to; p++) {
    const base = (p - 1) * S * S;
    for (let i = 0; i < S * S; i++) matrix[i]! += flow.counts[base + i]!;
  }
  return matrix;
}

/**
 * Where each customer was at the start of a range and where they are at its end: the S × S
 * matrix m[start · S + end] over the customers who are customers at the end, each once. The
 * range covers the transitions into periods from … to (1 ≤ from ≤ to, as in flowMatrix): its
 * start is the end of period from − 1, its end the end of period to. A customer whose first
 * purchase falls inside the range starts in "not a customer yet" (stage index `lanes`);
 * customers whose first purchase comes after the range are not counted, so the matrix total
 * is the number of customers at the range's end (stock[to] without "not yet").
 */
export function rangeFlow(flow: StageFlow, from: number, to: number): Int32Array {
  const S = flow.lanes + 1;
  const P = flow.days.length;
  if (from < 1 || to > P - 1 || from > to) {
    throw new Error(`invalid period range: ${from}–${to} (1–${P - 1})`);
  }
  const matrix = new Int32Array(S * S);
  const n = P === 0 ? 0 : flow.stages.length / P;
  for (let c = 0; c < n; c++) {
    const end = flow.stages[c * P + to]!;
    if (end === flow.lanes) continue;
    matrix[flow.stages[c * P + from - 1]! * S + end]!++;
  }
  return matrix;
}
