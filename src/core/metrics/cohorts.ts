/**
 * Cohort matrices: customers grouped by the period of their first transaction (the cohort
 * c), followed over the periods c + k after it.
 */
import type { TransactionColumns } from '../model.ts';
import { cohortLayout, type Layout } from './cohort-layout.ts';
import { checkChoice, checkGrain, type CustomerSplit } from './options.ts';
import { periodEnd, periodLabel, type Grain } from './periods.ts';
import { customerTimeline } from './timeline.ts';

export type CohortMetric =
  'customers' | 'revenue' | 'revenuePerCustomer' | 'cumulativeRevenuePerCustomer';
export type CohortMode = 'classic' | 'rolling';

export const COHORT_METRICS: readonly CohortMetric[] = [
  'customers',
  'revenue',
  'revenuePerCustomer',
  'cumulativeRevenuePerCustomer',
];
export const COHORT_MODES: readonly CohortMode[] = ['classic', 'rolling'];

export interface CohortOptions {
  grain: Grain;
  metric: CohortMetric;
  /** Default 'classic'. */
  mode?: CohortMode;
  /** Split each cohort into one row per group of a customer attribute. */
  split?: CustomerSplit;
  /** Per customer: 1 = include. Excluded customers count nowhere (not even in sizes). */
  filter?: Uint8Array;
}

export interface CohortRow {
  /** Label of the cohort period. */
  cohort: string;
  /** Split group label; present only with a split. */
  group?: string;
  /** Customers in the cohort (and group). */
  size: number;
  /** values[k] = cell (c, k) for k = 0 … last period of the data − c. */
  values: number[];
  /** complete[k] is false when period c + k is the data's incomplete last period. */
  complete: boolean[];
}

export interface CohortMatrix {
  grain: Grain;
  metric: CohortMetric;
  mode: CohortMode;
  /** Labels of every period from the first to the last of the data. */
  periods: string[];
  /** Cohorts in time order (then group order); cohorts with no customers are left out. */
  cohorts: CohortRow[];
  /**
   * Per k, a mean across the rows that have a cell k (incomplete cells included), weighted
   * by row size and always per customer: for 'customers' the retention fraction
   * Σ cell / Σ size; for 'revenue' and 'revenuePerCustomer' the revenue per customer
   * Σ revenue / Σ size; for 'cumulativeRevenuePerCustomer' Σ size × value / Σ size.
   */
  weightedMean: number[];
  /** True when the last transaction day is before the end of the data's last period. */
  lastPeriodIncomplete: boolean;
}

/**
 * The cohort matrix. Cell (c, k): 'customers' classic = customers of cohort c with ≥ 1
 * transaction in period c + k, rolling = with a transaction in c + k or any later period;
 * 'revenue' = sum of amounts (refunds included) in c + k by cohort c's customers (rolling:
 * in c + k or later); 'revenuePerCustomer' = revenue / cohort size;
 * 'cumulativeRevenuePerCustomer' = running sum of that over k (classic only). Every row,
 * refunds included, counts as a transaction. O(rows + cells).
 */
export function cohortMatrix(columns: TransactionColumns, options: CohortOptions): CohortMatrix {
  const grain = checkGrain(options.grain);
  const metric = checkChoice('metric', options.metric, COHORT_METRICS);
  const mode = checkChoice('mode', options.mode ?? 'classic', COHORT_MODES);
  if (metric === 'cumulativeRevenuePerCustomer' && mode === 'rolling') {
    throw new Error('invalid mode: rolling does not apply to cumulativeRevenuePerCustomer');
  }
  const layout = cohortLayout(columns, grain, options);
  const sums =
    metric === 'customers' ? customerCells(columns, layout, mode) : revenueCells(columns, layout);
  if (mode === 'rolling' && metric !== 'customers') suffixSums(sums, layout);
  return assemble(columns, layout, sums, { grain, metric, mode });
}

function customerCells(
  columns: TransactionColumns,
  layout: Layout,
  mode: CohortMode,
): Float64Array {
  const { offsets, days, customers } = customerTimeline(columns);
  const { cohortOf, groups, rowStart, frame } = layout;
  const { table, minDay } = frame;
  const cells = new Float64Array(layout.cells);
  for (let i = 0; i < customers; i++) {
    const c = cohortOf[i]!;
    if (c < 0) continue;
    const base = rowStart(c, groups ? groups[i]! : 0) - c;
    if (mode === 'rolling') {
      cells[base + table[days[offsets[i + 1]! - 1]! - minDay]!]! += 1;
      continue;
    }
    let previous = -1;
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
      const p = table[days[j]! - minDay]!;
      if (p !== previous) cells[base + p]! += 1;
      previous = p;
    }
  }
  if (mode === 'rolling') suffixSums(cells, layout);
  return cells;
}

function revenueCells(columns: TransactionColumns, layout: Layout): Float64Array {
  const { customer, day, amount } = columns;
  const { cohortOf, groups, rowStart, frame } = layout;
  const { table, minDay } = frame;
  const cells = new Float64Array(layout.cells);
  for (let r = 0; r < day.length; r++) {
    const i = customer[r]!;
    const c = cohortOf[i]!;
    if (c < 0) continue;
    cells[rowStart(c, groups ? groups[i]! : 0) - c + table[day[r]! - minDay]!]! += amount[r]!;
  }
  return cells;
}

/** Turns each row's cells into "this period or later" sums. */
function suffixSums(cells: Float64Array, layout: Layout): void {
  const n = layout.frame.count;
  for (let c = 0; c < n; c++) {
    for (let g = 0; g < layout.labels.length; g++) {
      const start = layout.rowStart(c, g);
      for (let k = n - c - 2; k >= 0; k--) cells[start + k]! += cells[start + k + 1]!;
    }
  }
}

function assemble(
  columns: TransactionColumns,
  layout: Layout,
  sums: Float64Array,
  head: Pick<CohortMatrix, 'grain' | 'metric' | 'mode'>,
): CohortMatrix {
  const { frame, cohortOf, groups, labels, rowStart } = layout;
  const n = frame.count;
  const G = labels.length;
  const sizes = new Float64Array(n * G);
  for (let i = 0; i < cohortOf.length; i++) {
    if (cohortOf[i]! >= 0) sizes[cohortOf[i]! * G + (groups ? groups[i]! : 0)]! += 1;
  }
  const timeline = customerTimeline(columns);
  const incomplete = n > 0 && timeline.maxDay < periodEnd(frame.first + n - 1, head.grain);
  const meanNumerator = new Float64Array(n);
  const meanSize = new Float64Array(n);
  const perCustomer = head.metric !== 'customers' && head.metric !== 'revenue';
  const cohorts: CohortRow[] = [];
  for (let c = 0; c < n; c++) {
    for (let g = 0; g < G; g++) {
      const size = sizes[c * G + g]!;
      if (size === 0) continue;
      const values = rowValues(sums, rowStart(c, g), n - c, size, head.metric);
      const complete = values.map((_, k) => !(incomplete && c + k === n - 1));
      values.forEach((value, k) => {
        meanNumerator[k]! += perCustomer ? value * size : value;
        meanSize[k]! += size;
      });
      const row: CohortRow = {
        cohort: periodLabel(frame.first + c, head.grain),
        size,
        values,
        complete,
      };
      if (groups) row.group = labels[g]!;
      cohorts.push(row);
    }
  }
  const weightedMean = Array.from(meanNumerator, (v, k) => v / meanSize[k]!).filter(
    (_, k) => meanSize[k]! > 0,
  );
  const periods = Array.from({ length: n }, (_, p) => periodLabel(frame.first + p, head.grain));
  return { ...head, periods, cohorts, weightedMean, lastPeriodIncomplete: incomplete };
}

/** A row's values from its cell sums: as they are, per customer, or cumulative per customer. */
function rowValues(
  sums: Float64Array,
  start: number,
  length: number,
  size: number,
  metric: CohortMetric,
): number[] {
  const values: number[] = [];
  let running = 0;
  for (let k = 0; k < length; k++) {
    const sum = sums[start + k]!;
    running += sum / size;
    if (metric === 'revenuePerCustomer') values.push(sum / size);
    else if (metric === 'cumulativeRevenuePerCustomer') values.push(running);
    else values.push(sum);
  }
  return values;
}
