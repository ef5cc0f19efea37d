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
