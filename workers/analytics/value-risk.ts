/**
 * The value × risk grid (docs/ARCHITECTURE.md, "Value × risk grid", with its default playbook):
 * value tier by thirds of predicted CLV, risk tier by P(no purchase within the horizon), and
 * the retention action the playbook prescribes for each cell. The tiers of a model's customers
 * are the session's (Session.tiers).
 */
import {
  LOST_P_ALIVE,
  RISK_THRESHOLDS,
  prescriptionOf,
  type ValueRiskTiers,
} from '../../src/core/index.ts';
import type { CustomerModel } from './predictive-model.ts';
import type { GridCell, GridGroup, ValueRiskGrid } from './protocol/index.ts';

export { RISK_THRESHOLDS };

/** The grid of a model's customers placed by tiers `t`. */
export function valueRiskGrid(m: CustomerModel, t: ValueRiskTiers): ValueRiskGrid {
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

/** Rows of the model in a group, in CLV order (highest first). */
export function groupRows(m: CustomerModel, t: ValueRiskTiers, group: GridGroup): Int32Array {
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
