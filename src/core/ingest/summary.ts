/** The headline figures of an imported transaction set (shown after import, printed by the CLI). */
import type { DayNumber, TransactionColumns } from '../model.ts';

export interface TransactionSummary {
  rows: number;
  /** Distinct customers with at least one row. */
  customers: number;
  firstDay: DayNumber | null;
  lastDay: DayNumber | null;
  /** Sum of all amounts, refunds included. */
  revenue: number;
  /** Rows with a negative amount. */
  refunds: number;
  /** Sum of the negative amounts (≤ 0). */
  refundTotal: number;
}

/** Counts, date range and totals of a column set in one pass. */
export function summarizeTransactions(columns: TransactionColumns): TransactionSummary {
  const { day, amount, customer } = columns;
  const seen = new Uint8Array(columns.customerIds.length);
  let customers = 0;
  let first = Infinity;
  let last = -Infinity;
  let revenue = 0;
  let refunds = 0;
  let refundTotal = 0;
  for (let i = 0; i < day.length; i++) {
    const d = day[i]!;
    const a = amount[i]!;
    const c = customer[i]!;
    if (d < first) first = d;
    if (d > last) last = d;
    revenue += a;
    if (a < 0) {
      refunds++;
      refundTotal += a;
    }
    if (seen[c] === 0) {
      seen[c] = 1;
      customers++;
    }
  }
  const empty = day.length === 0;
  return {
    rows: day.length,
    customers,
    firstDay: empty ? null : (first as DayNumber),
    lastDay: empty ? null : (last as DayNumber),
    revenue,
    refunds,
    refundTotal,
  };
}

/**
 * The summary of two disjoint row sets together (for chunked imports). `customers` is a sum
 * and so only right when the sets share no customer: callers that know the distinct count
 * (the import's customer dictionary) set it afterwards.
 */
export function mergeSummaries(a: TransactionSummary, b: TransactionSummary): TransactionSummary {
  const min = (x: DayNumber | null, y: DayNumber | null) =>
    x === null ? y : y === null ? x : (Math.min(x, y) as DayNumber);
  const max = (x: DayNumber | null, y: DayNumber | null) =>
    x === null ? y : y === null ? x : (Math.max(x, y) as DayNumber);
  return {
    rows: a.rows + b.rows,
    customers: a.customers + b.customers,
    firstDay: min(a.firstDay, b.firstDay),
    lastDay: max(a.lastDay, b.lastDay),
    revenue: a.revenue + b.revenue,
    refunds: a.refunds + b.refunds,
    refundTotal: a.refundTotal + b.refundTotal,
  };
}

/** The summary of no rows. */
export const EMPTY_SUMMARY: TransactionSummary = {
  rows: 0,
  customers: 0,
  firstDay: null,
  lastDay: null,
  revenue: 0,
  refunds: 0,
  refundTotal: 0,
};
