/**
 * The value × risk grid (docs/ARCHITECTURE.md, "Value × risk grid", with its default playbook):
 * value tier by thirds of predicted CLV, risk tier by P(no purchase within the horizon), and
 * the retention action the playbook prescribes for each cell.
 */
import {
  LOST_P_ALIVE,
  RISK_THRESHOLDS,
  prescriptionOf,
  valueRiskTiers,
  type Prescription,
  type Tier,
  type ValueRiskTiers,
} from '../../src/core/index.ts';
import type { CustomerModel } from './predictive-model.ts';

export { RISK_THRESHOLDS, type Tier };
/** The playbook's prescription for a grid cell (core's rule). */
export type Playbook = Prescription;

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

/** Tiers and thresholds for every customer of a model, shared by the grid and the lists. */
export type Tiers = ValueRiskTiers;

const tierCache = new WeakMap<CustomerModel, Tiers>();

/** The grid's placement of a model's customers (core's rule), computed once per model. */
export function tiers(m: CustomerModel): Tiers {
  let hit = tierCache.get(m);
  if (!hit) {
    const { clv, pNoPurchase, pAlive } = m.predictions;
    hit = valueRiskTiers(clv, pNoPurchase, pAlive, m.revenue);
    tierCache.set(m, hit);
  }
  return hit;
}

export function valueRiskGrid(m: CustomerModel): ValueRiskGrid {
  const t = tiers(m);
  const cells: GridCell[] = [];
  for (const value of [0, 1, 2] as const) {
    for (const risk of [0, 1, 2] as const) {
      cells.push({ value, risk, customers: 0, clv: 0, playbook: prescriptionOf({ value, risk }) });
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
