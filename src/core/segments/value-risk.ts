/**
 * The value × risk grid's rule (docs/ARCHITECTURE.md, "Value × risk grid"): value tier by
 * thirds of predicted CLV, risk tier by P(no purchase within the horizon), and the win-back
 * group of valuable customers already lost. The analytics worker, the simulator's segments
 * and the CLI all place customers with this one function.
 */
import { quantileSorted } from 'd3-array';

/** Risk tiers by P(no purchase in the horizon): low < 0.5 ≤ mid ≤ 0.8 < high. */
export const RISK_THRESHOLDS = { mid: 0.5, high: 0.8 } as const;
/** "Already lost": P(alive) below this (for the win-back group). */
export const LOST_P_ALIVE = 0.1;

/** 0 = low, 1 = mid, 2 = high. */
export type Tier = 0 | 1 | 2;

/** Where every customer of a model falls in the grid. */
export interface ValueRiskTiers {
  /** CLV tertiles: low ≤ lowMax < mid ≤ midMax < high. */
  lowMax: number;
  midMax: number;
  /** Revenue so far above which a customer is "valuable" for win-back (top third). */
  valuableRevenue: number;
  /** value · 3 + risk per customer; 255 when the CLV is unknown. */
  cell: Uint8Array;
  /** 1 for valuable customers already lost: P(alive) < LOST_P_ALIVE and revenue in the top third. */
  winBack: Uint8Array;
}

/** The q-quantile of the finite values (linear interpolation, as d3's quantile); NaN for none. */
export function finiteQuantile(values: Float64Array, q: number): number {
  const sorted = values.filter(Number.isFinite).sort();
  // quantileSorted only indexes its argument; its types ask for an Array, a copy we can skip.
  return sorted.length === 0 ? NaN : (quantileSorted(sorted as unknown as number[], q) ?? NaN);
}

/** The risk tier of a probability of no purchase within the horizon. */
export function riskTier(pNoPurchase: number): Tier {
  return pNoPurchase > RISK_THRESHOLDS.high ? 2 : pNoPurchase >= RISK_THRESHOLDS.mid ? 1 : 0;
}

/** Grid cells and the win-back flag for every customer, with the thresholds that placed them. */
export function valueRiskTiers(
  clv: Float64Array,
  pNoPurchase: Float64Array,
  pAlive: Float64Array,
  revenue: Float64Array,
): ValueRiskTiers {
  const lowMax = finiteQuantile(clv, 1 / 3);
  const midMax = finiteQuantile(clv, 2 / 3);
  const valuableRevenue = finiteQuantile(revenue, 2 / 3);
  const n = clv.length;
  const cell = new Uint8Array(n).fill(255);
  const winBack = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = clv[i]!;
    if (Number.isFinite(v)) {
      const value = v > midMax ? 2 : v > lowMax ? 1 : 0;
      cell[i] = value * 3 + riskTier(pNoPurchase[i]!);
    }
    if (pAlive[i]! < LOST_P_ALIVE && revenue[i]! > valuableRevenue) winBack[i] = 1;
  }
  return { lowMax, midMax, valuableRevenue, cell, winBack };
}
