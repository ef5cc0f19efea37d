/**
 * Stage flow: where the rules put each customer at the end of consecutive periods, and how
 * many moved from each stage to each other stage between one period's end and the next.
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
      if (k > 0) counts[(k - 1) * S * S + previous * S + stage]!++;
      previous = stage;
    }
  }
  return { lanes: L, days, counts, stock };
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
