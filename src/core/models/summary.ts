/**
 * Per-customer (x, t_x, T, monetary) from transaction columns, with the conventions of
 * lifetimes' `summary_data_from_transaction_data` (utils.py) at daily resolution.
 */
import type { DayNumber, TransactionColumns } from '../model.ts';

/** Time unit of t_x and T. A week is exactly 7 days; durations are fractional (213 days = 30.43 weeks). */
export type TimeUnit = 'day' | 'week';

export const DAYS_PER_UNIT: Readonly<Record<TimeUnit, number>> = { day: 1, week: 7 };

/**
 * One row per customer, as parallel columns. Row i belongs to `customer[i]`, an index into
 * the transaction set's `customerIds` (or into `ids` of a summary file).
 */
export interface CustomerSummary {
  customer: Int32Array;
  /** Frequency: repeat purchase days (distinct purchase days − 1). */
  x: Float64Array;
  /** Recency: last − first purchase day, in `unit`s. */
  tx: Float64Array;
  /** Age: end − first purchase day, in `unit`s. */
  T: Float64Array;
  /** Mean value of the repeat purchase days (first day excluded); 0 when x = 0. */
  monetary: Float64Array;
  unit: TimeUnit;
  /** Last day observed (inclusive); undefined for a summary read from a file. */
  end: DayNumber | undefined;
  /** Customer ids by index; present for summaries read from a file. */
  ids?: string[];
}

export interface SummaryOptions {
  unit: TimeUnit;
  /** Last day observed, inclusive (lifetimes' `observation_period_end`). */
  end: DayNumber;
  /** First day observed, inclusive; earlier transactions are ignored. */
  start?: DayNumber;
}

export function checkUnit(unit: string): TimeUnit {
  if (unit === 'day' || unit === 'week') return unit;
  throw new Error(`invalid unit: ${unit} (expected day or week)`);
}

/** Number of distinct values in days[from, to), sorting that slice in place. */
function distinctDays(days: Int32Array, from: number, to: number): number {
  const n = to - from;
  if (n <= 1) return n;
  if (n <= 16) {
    for (let i = from + 1; i < to; i++) {
      const v = days[i]!;
      let j = i - 1;
      while (j >= from && days[j]! > v) {
        days[j + 1] = days[j]!;
        j--;
      }
      days[j + 1] = v;
    }
  } else {
    days.subarray(from, to).sort();
  }
  let count = 1;
  for (let i = from + 1; i < to; i++) if (days[i] !== days[i - 1]) count++;
  return count;
}

/**
 * The RFM summary. Only transactions with start ≤ day ≤ end count; transactions of one
 * customer on one day merge into one purchase (amounts summed); x = distinct purchase days − 1;
 * t_x = (last − first)/days-per-unit; T = (end − first)/days-per-unit; monetary = mean of the
 * merged repeat purchases. Customers without a transaction in the window are left out.
 * O(rows): a counting sort by customer, then a small sort of each customer's days.
 */
export function customerSummary(
  columns: TransactionColumns,
  opts: SummaryOptions,
): CustomerSummary {
  const unit = checkUnit(opts.unit);
  const { customer, day, amount } = columns;
  const end = opts.end;
  const start = opts.start ?? -Infinity;
  const customers = columns.customerIds.length;
  const count = new Int32Array(customers + 1);
  const first = new Int32Array(customers).fill(2 ** 31 - 1);
  const last = new Int32Array(customers).fill(-(2 ** 31));
  for (let i = 0; i < day.length; i++) {
    const d = day[i]!;
    if (d > end || d < start) continue;
    const c = customer[i]!;
    count[c + 1]!++;
    if (d < first[c]!) first[c] = d;
    if (d > last[c]!) last[c] = d;
  }
  let present = 0;
  for (let c = 0; c < customers; c++) {
    if (count[c + 1]! > 0) present++;
    count[c + 1] = count[c + 1]! + count[c]!;
  }
  const offset = count.slice(0, customers);
  const days = new Int32Array(count[customers]!);
  // The repeat days' amounts summed on their own, not as total − first day: the difference of
  // two sums leaves a rounding residue (a purchase and its refund then "net" to 7e-15 > 0, which
  // Gamma-Gamma would take for a real, positive spend).
  const repeatTotal = new Float64Array(customers);
  for (let i = 0; i < day.length; i++) {
    const d = day[i]!;
    if (d > end || d < start) continue;
    const c = customer[i]!;
    days[offset[c]!++] = d;
    if (d !== first[c]) repeatTotal[c] = repeatTotal[c]! + amount[i]!;
  }
  const perUnit = DAYS_PER_UNIT[unit];
  const out: CustomerSummary = {
    customer: new Int32Array(present),
    x: new Float64Array(present),
    tx: new Float64Array(present),
    T: new Float64Array(present),
    monetary: new Float64Array(present),
    unit,
    end,
  };
  let row = 0;
  for (let c = 0; c < customers; c++) {
    const from = count[c]!;
    const to = count[c + 1]!;
    if (to === from) continue;
    const x = distinctDays(days, from, to) - 1;
    out.customer[row] = c;
    out.x[row] = x;
    out.tx[row] = (last[c]! - first[c]!) / perUnit;
    out.T[row] = (end - first[c]!) / perUnit;
    out.monetary[row] = x > 0 ? repeatTotal[c]! / x : 0;
    row++;
  }
  return out;
}

/**
 * A summary from per-customer columns (a data warehouse's export, the CDNOW summary file).
 * Checks 0 ≤ t_x ≤ T and integer x ≥ 0, like lifetimes' `_check_inputs`.
 */
export function summaryFromColumns(
  ids: readonly string[],
  x: ArrayLike<number>,
  tx: ArrayLike<number>,
  T: ArrayLike<number>,
  monetary: ArrayLike<number> | undefined,
  unit: TimeUnit = 'week',
): CustomerSummary {
  const n = ids.length;
  if (x.length !== n || tx.length !== n || T.length !== n || (monetary && monetary.length !== n)) {
    throw new Error('summary columns differ in length');
  }
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    if (!(xi >= 0) || !Number.isInteger(xi))
      throw new Error(`invalid frequency ${xi} for ${ids[i]}`);
    if (!(tx[i]! >= 0) || !(tx[i]! <= T[i]!)) {
      throw new Error(`recency must be within [0, T] for ${ids[i]} (t_x = ${tx[i]}, T = ${T[i]})`);
    }
  }
  return {
    customer: Int32Array.from({ length: n }, (_, i) => i),
    x: Float64Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(T),
    monetary: monetary ? Float64Array.from(monetary) : new Float64Array(n),
    unit,
    end: undefined,
    ids: [...ids],
  };
}

/** The id of summary row i: from the summary's own ids, or from the transactions' dictionary. */
export function summaryCustomerId(
  summary: CustomerSummary,
  row: number,
  customerIds?: readonly string[],
): string {
  const index = summary.customer[row]!;
  return (summary.ids ?? customerIds)?.[index] ?? String(index);
}
