/**
 * Concentration of revenue and margin among customers: top-x % shares, the Pareto curve
 * and the Gini coefficient ("20 % of customers bring 80 % of profit", seed 002).
 */
import type { TransactionColumns } from '../model.ts';
import { marginColumn, type MarginOptions } from './margin.ts';
import { checkRange } from './options.ts';
import { argsort } from './sort.ts';
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
  let n = 0;
  for (let i = 0; i < timeline.customers; i++) if (timeline.transactions[i]! > 0) n++;
  const out = new Float64Array(n);
  for (let i = 0, k = 0; i < timeline.customers; i++) {
    if (timeline.transactions[i]! > 0) out[k++] = Math.max(0, totals[i]!) + 0;
  }
  return out;
}

/** Values sorted ascending (a copy). */
function ascending(values: Float64Array): Float64Array {
  const order = argsort(values);
  return Float64Array.from(order, (i) => values[i]!);
}

/**
 * Share of the total held by the top ⌈fraction × n⌉ customers by value (0 when the total
 * is 0 or there are no customers). fraction in (0, 1].
 */
export function topShare(values: Float64Array, fraction: number): number {
  checkRange('fraction', fraction, 0, 1);
  return shareOfTop(ascending(values), fraction);
}

function shareOfTop(sorted: Float64Array, fraction: number): number {
  const n = sorted.length;
  const k = Math.ceil(fraction * n - 1e-9);
  let top = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += sorted[i]!;
    if (i >= n - k) top += sorted[i]!;
  }
  return total > 0 ? top / total : 0;
}

/** The Pareto curve: share of the total from the top 1 %, 2 %, … 100 % of customers. */
export function paretoCurve(values: Float64Array): ParetoPoint[] {
  return paretoOfSorted(ascending(values));
}

function paretoOfSorted(sorted: Float64Array): ParetoPoint[] {
  const n = sorted.length;
  // cumulative[k] = sum of the k largest values.
  const cumulative = new Float64Array(n + 1);
  for (let k = 1; k <= n; k++) cumulative[k] = cumulative[k - 1]! + sorted[n - k]!;
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
  return giniOfSorted(ascending(values));
}

function giniOfSorted(sorted: Float64Array): number {
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
  const sorted = ascending(customerValues(columns, options.measure ?? 'revenue', options));
  let total = 0;
  for (let i = 0; i < sorted.length; i++) total += sorted[i]!;
  return {
    customers: sorted.length,
    total,
    gini: giniOfSorted(sorted),
    top: [0.01, 0.05, 0.1, 0.2, 0.5].map((fraction) => ({
      fraction,
      share: shareOfTop(sorted, fraction),
    })),
    pareto: paretoOfSorted(sorted),
  };
}
