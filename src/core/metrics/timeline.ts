/**
 * The per-customer index every metric starts from: one pass over the rows groups each
 * customer's distinct purchase days, sorted, in one Int32Array (compressed rows, like CSR).
 * Built once per column set and cached in a WeakMap, so the cohort, churn and RFM views of
 * the same data share it.
 */
import type { TransactionColumns } from '../model.ts';
import { periodTable, type Grain } from './periods.ts';

export interface CustomerTimeline {
  /** Number of customers in the dictionary (`customerIds.length`). */
  customers: number;
  /** Number of transaction rows. */
  rows: number;
  /** Customer i's distinct purchase days are `days[offsets[i]] … days[offsets[i + 1] − 1]`. */
  offsets: Int32Array;
  /** Distinct purchase days per customer, ascending. */
  days: Int32Array;
  /** Rows (transactions) per customer. */
  transactions: Int32Array;
  /** Sum of amounts per customer, refunds included. */
  revenue: Float64Array;
  /** First and last day of the data; 0 and −1 when there are no rows. */
  minDay: number;
  maxDay: number;
}

const cache = new WeakMap<TransactionColumns, CustomerTimeline>();

/**
 * The customer timeline of a column set (cached per columns object; treat columns as
 * immutable). Throws when a row's customer index is outside the dictionary.
 */
export function customerTimeline(columns: TransactionColumns): CustomerTimeline {
  let timeline = cache.get(columns);
  if (!timeline) {
    timeline = buildTimeline(columns);
    cache.set(columns, timeline);
  }
  return timeline;
}

function buildTimeline(columns: TransactionColumns): CustomerTimeline {
  const { customer, day, amount } = columns;
  const customers = columns.customerIds.length;
  const rows = day.length;
  if (customer.length !== rows || amount.length !== rows) {
    throw new Error('invalid columns: customer, day and amount lengths differ');
  }
  const transactions = new Int32Array(customers);
  const revenue = new Float64Array(customers);
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let r = 0; r < rows; r++) {
    const c = customer[r]!;
    if (!(c >= 0 && c < customers)) throw new Error(`invalid customer index ${c} at row ${r}`);
    transactions[c]!++;
    revenue[c]! += amount[r]!;
    const d = day[r]!;
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }
  const cursor = new Int32Array(customers + 1);
  for (let c = 0; c < customers; c++) cursor[c + 1] = cursor[c]! + transactions[c]!;
  const start = cursor.slice();
  const days = new Int32Array(rows);
  for (let r = 0; r < rows; r++) days[cursor[customer[r]!]!++] = day[r]!;
  const offsets = new Int32Array(customers + 1);
  let write = 0;
  for (let c = 0; c < customers; c++) {
    const a = start[c]!;
    const b = start[c + 1]!;
    sortRange(days, a, b);
    offsets[c] = write;
    for (let j = a; j < b; j++) {
      if (j === a || days[j] !== days[j - 1]) days[write++] = days[j]!;
    }
  }
  offsets[customers] = write;
  return {
    customers,
    rows,
    offsets,
    days: days.subarray(0, write),
    transactions,
    revenue,
    minDay: rows ? minDay : 0,
    maxDay: rows ? maxDay : -1,
  };
}

/** Sorts a[lo … hi − 1] ascending: insertion sort for the usual handful, native otherwise. */
function sortRange(a: Int32Array, lo: number, hi: number): void {
  if (hi - lo > 24) {
    a.subarray(lo, hi).sort();
    return;
  }
  for (let i = lo + 1; i < hi; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

/** The periods of a timeline's data at a grain, and a day → relative-period lookup. */
export interface PeriodFrame {
  grain: Grain;
  /** Absolute index of the first period of the data; relative period p is `first + p`. */
  first: number;
  /** Number of periods from the first to the last period of the data (0 when empty). */
  count: number;
  /** `table[d − minDay]` = relative period of day d, for minDay ≤ d ≤ maxDay. */
  table: Int32Array;
  minDay: number;
}

/** The frame of periods spanned by the data. */
export function periodFrame(timeline: CustomerTimeline, grain: Grain): PeriodFrame {
  const { minDay, maxDay } = timeline;
  const table = periodTable(minDay, maxDay, grain);
  const first = table.length ? table[0]! : 0;
  for (let i = 0; i < table.length; i++) table[i]! -= first;
  const count = table.length ? table[table.length - 1]! + 1 : 0;
  return { grain, first, count, table, minDay };
}

/** Index of the first element of sorted `a[lo … hi − 1]` that is ≥ value (hi if none). */
export function lowerBound(a: Int32Array, lo: number, hi: number, value: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
