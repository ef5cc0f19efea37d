/**
 * The value × risk grid (docs/ARCHITECTURE.md, "Value × risk grid", with its default playbook):
 * value tier by thirds of predicted CLV, risk tier by P(no purchase within the horizon), and
 * the retention action the playbook prescribes for each cell.
 */
import type { CustomerModel } from './predictive-model.ts';

/** Risk tiers by P(no purchase in the horizon): low < 0.5 ≤ mid ≤ 0.8 < high. */
export const RISK_THRESHOLDS = { mid: 0.5, high: 0.8 } as const;
/** "Already lost": P(alive) below this (for the win-back group). */
export const LOST_P_ALIVE = 0.1;

/** 0 = low, 1 = mid, 2 = high. */
export type Tier = 0 | 1 | 2;

/**
 * Seed 000's playbook: minimal spend (a message with the monthly bill) for low value or low
 * risk; personal offers through expensive channels (mail, phone) for high value at high
 * risk; targeted low-cost offers in between; a win-back program for valuable customers lost.
 */
export type Playbook = 'minimal' | 'targeted' | 'personal' | 'winBack';

export function playbookOf(value: Tier, risk: Tier): Playbook {
  if (value === 0 || risk === 0) return 'minimal';
  if (value === 2 && risk === 2) return 'personal';
  return 'targeted';
}

export interface GridCell {
  value: Tier;
  risk: Tier;
  customers: number;
  clv: number;
  playbook: Playbook;
}

export interface ValueRiskGrid {
  /** CLV tertiles: low ≤ lowMax < mid ≤ midMax < high. */
  lowMax: number;
  midMax: number;
  risk: typeof RISK_THRESHOLDS;
  lostPAlive: number;
  /** Revenue so far that makes a customer "valuable" for win-back (top third). */
  valuableRevenue: number;
  /** Cells in value-major order: index = value · 3 + risk. */
  cells: GridCell[];
  /** Valuable customers already lost: P(alive) < lostPAlive and revenue in the top third. */
  winBack: { customers: number; revenue: number };
}

/** The value at quantile q of the finite values (linear interpolation, like d3.quantile). */
function quantile(values: Float64Array, q: number): number {
  const sorted = values.filter(Number.isFinite).sort();
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (h - lo);
}

/** Tiers and thresholds for every customer of a model, shared by the grid and the lists. */
export interface Tiers {
  lowMax: number;
  midMax: number;
  valuableRevenue: number;
  /** value · 3 + risk per row; 255 when the CLV is unknown. */
  cell: Uint8Array;
  winBack: Uint8Array;
}

const tierCache = new WeakMap<CustomerModel, Tiers>();

export function tiers(m: CustomerModel): Tiers {
  const hit = tierCache.get(m);
  if (hit) return hit;
  const { clv, pNoPurchase, pAlive } = m.predictions;
  const lowMax = quantile(clv, 1 / 3);
  const midMax = quantile(clv, 2 / 3);
  const valuableRevenue = quantile(m.revenue, 2 / 3);
  const n = clv.length;
  const cell = new Uint8Array(n).fill(255);
  const winBack = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = clv[i]!;
    if (Number.isFinite(v)) {
      const value = v > midMax ? 2 : v > lowMax ? 1 : 0;
      const p = pNoPurchase[i]!;
      const risk = p > RISK_THRESHOLDS.high ? 2 : p >= RISK_THRESHOLDS.mid ? 1 : 0;
      cell[i] = value * 3 + risk;
    }
    if (pAlive[i]! < LOST_P_ALIVE && m.revenue[i]! > valuableRevenue) winBack[i] = 1;
  }
  const result = { lowMax, midMax, valuableRevenue, cell, winBack };
  tierCache.set(m, result);
  return result;
}

export function valueRiskGrid(m: CustomerModel): ValueRiskGrid {
  const t = tiers(m);
  const cells: GridCell[] = [];
  for (const value of [0, 1, 2] as const) {
    for (const risk of [0, 1, 2] as const) {
      cells.push({ value, risk, customers: 0, clv: 0, playbook: playbookOf(value, risk) });
    }
  }
  const winBack = { customers: 0, revenue: 0 };
  for (let i = 0; i < t.cell.length; i++) {
    const c = cells[t.cell[i]!];
    if (c) {
      c.customers++;
      c.clv += m.predictions.clv[i]!;
    }
    if (t.winBack[i]) {
      winBack.customers++;
      winBack.revenue += m.revenue[i]!;
    }
  }
  return {
    lowMax: t.lowMax,
    midMax: t.midMax,
    risk: RISK_THRESHOLDS,
    lostPAlive: LOST_P_ALIVE,
    valuableRevenue: t.valuableRevenue,
    cells,
    winBack,
  };
}

/** A group of customers to list: one grid cell, or the win-back group. */
export type GridGroup = { value: Tier; risk: Tier } | 'winBack';

/** Rows of the model in a group, in CLV order (highest first). */
export function groupRows(m: CustomerModel, group: GridGroup): Int32Array {
  const t = tiers(m);
  const rows: number[] = [];
  if (group === 'winBack') {
    for (let i = 0; i < t.winBack.length; i++) if (t.winBack[i]) rows.push(i);
  } else {
    const target = group.value * 3 + group.risk;
    for (let i = 0; i < t.cell.length; i++) if (t.cell[i] === target) rows.push(i);
  }
  const key = group === 'winBack' ? m.revenue : m.predictions.clv;
  rows.sort((a, b) => key[b]! - key[a]! || a - b);
  return Int32Array.from(rows);
}
