/**
 * Concentration of revenue and margin among customers: top-x % shares, the Pareto curve
 * and the Gini coefficient ("20 % of customers bring 80 % of profit", seed 002).
 */
import type { TransactionColumns } from '../model.ts';
import { marginColumn, type MarginOptions } from './margin.ts';
import { checkRange } from './options.ts';
import { customerTimeline } from './timeline.ts';

export interface ParetoPoint {
  /** Share of customers, 0.01 … 1. */
  customerShare: number;
  /** Share of the total held by the top `customerShare` of customers. */
  valueShare: number;
}

export interface Concentration {
  /** Customers with at least one transaction. */
  customers: number;
  total: number;
  gini: number;
  /** Share of the total from the top 1, 5, 10, 20 and 50 % of customers. */
  top: { fraction: number; share: number }[];
  /** Points at 1 %, 2 %, … 100 % of customers, sorted by value descending. */
  pareto: ParetoPoint[];
}

export type ConcentrationMeasure = 'revenue' | 'margin';

/**
 * Per-customer totals (revenue, or margin per the margin options), for customers with at
 * least one transaction. Negative totals (net refunders) are clamped to 0: shares and the
 * Gini coefficient are defined for non-negative values.
 */
export function customerValues(
  columns: TransactionColumns,
  measure: ConcentrationMeasure,
  options: MarginOptions = {},
): Float64Array {
  const timeline = customerTimeline(columns);
  let totals = timeline.revenue;
  if (measure === 'margin') {
    const { values } = marginColumn(columns, options);
    totals = new Float64Array(timeline.customers);
    for (let r = 0; r < values.length; r++) {
      if (!Number.isNaN(values[r]!)) totals[columns.customer[r]!]! += values[r]!;
    }
  } else if (measure !== 'revenue') {
    throw new Error(`invalid measure: ${String(measure)} (one of revenue, margin)`);
  }
  const out: number[] = [];
  for (let i = 0; i < timeline.customers; i++) {
    if (timeline.transactions[i]! > 0) out.push(Math.max(0, totals[i]!));
  }
  return Float64Array.from(out);
}

/** Values sorted descending (a copy). */
function descending(values: Float64Array): Float64Array {
  return values.slice().sort().reverse();
}

/**
 * Share of the total held by the top ⌈fraction × n⌉ customers by value (0 when the total
 * is 0 or there are no customers). fraction in (0, 1].
 */
export function topShare(values: Float64Array, fraction: number): number {
  checkRange('fraction', fraction, 0, 1);
  return shareOfTop(descending(values), fraction);
}

function shareOfTop(sorted: Float64Array, fraction: number): number {
  const k = Math.ceil(fraction * sorted.length - 1e-9);
  let top = 0;
  let total = 0;
  for (let i = 0; i < sorted.length; i++) {
    total += sorted[i]!;
    if (i < k) top += sorted[i]!;
  }
  return total > 0 ? top / total : 0;
}

/** The Pareto curve: share of the total from the top 1 %, 2 %, … 100 % of customers. */
export function paretoCurve(values: Float64Array): ParetoPoint[] {
  const sorted = descending(values);
  const n = sorted.length;
  const cumulative = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cumulative[i + 1] = cumulative[i]! + sorted[i]!;
  const total = cumulative[n]!;
  return Array.from({ length: 100 }, (_, i) => {
    const k = Math.ceil(((i + 1) * n) / 100);
    return { customerShare: (i + 1) / 100, valueShare: total > 0 ? cumulative[k]! / total : 0 };
  });
}

/**
 * Gini coefficient of non-negative values: with x sorted ascending and i = 1 … n,
 * G = Σ (2i − n − 1) x_i / (n Σ x). All equal → 0; one customer holding everything →
 * (n − 1) / n; 0 when the total is 0 or n = 0. Always in [0, 1).
 */
export function gini(values: Float64Array): number {
  const sorted = values.slice().sort();
  const n = sorted.length;
  let weighted = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    weighted += (2 * (i + 1) - n - 1) * sorted[i]!;
    total += sorted[i]!;
  }
  return total > 0 ? weighted / (n * total) : 0;
}

/** Top shares, Pareto curve and Gini of revenue or margin per customer. */
export function concentration(
  columns: TransactionColumns,
  options: MarginOptions & { measure?: ConcentrationMeasure } = {},
): Concentration {
  const values = customerValues(columns, options.measure ?? 'revenue', options);
  const sorted = descending(values);
  let total = 0;
  for (let i = 0; i < sorted.length; i++) total += sorted[i]!;
  return {
    customers: values.length,
    total,
    gini: gini(values),
    top: [0.01, 0.05, 0.1, 0.2, 0.5].map((fraction) => ({
      fraction,
      share: shareOfTop(sorted, fraction),
    })),
    pareto: paretoCurve(values),
  };
}
