/** Drill-down of the cohort matrix: the customers behind one cell. */
import type { TransactionColumns } from '../model.ts';
import { cohortLayout } from './cohort-layout.ts';
import { COHORT_MODES, type CohortMode } from './cohorts.ts';
import { checkChoice, checkGrain, type CustomerSplit } from './options.ts';
import { parsePeriod, periodEnd, periodStart, type Grain } from './periods.ts';
import { customerTimeline, lowerBound } from './timeline.ts';

export interface CohortCellOptions {
  grain: Grain;
  /** Default 'classic'. */
  mode?: CohortMode;
  filter?: Uint8Array;
  /** With a split, only customers of this group label. */
  split?: CustomerSplit;
  group?: string;
}

/**
 * The customers (indexes into `customerIds`, ascending) in cell (cohort, k) of the
 * 'customers' matrix — the drill-down of one cell. `cohort` is a period label.
 */
export function cohortCustomers(
  columns: TransactionColumns,
  cohort: string,
  k: number,
  options: CohortCellOptions,
): Int32Array {
  const grain = checkGrain(options.grain);
  const mode = checkChoice('mode', options.mode ?? 'classic', COHORT_MODES);
  const c = parsePeriod(cohort, grain);
  if (!Number.isInteger(k) || k < 0) throw new Error(`invalid k: ${k}`);
  const layout = cohortLayout(columns, grain, options);
  const groupIndex = options.group === undefined ? -1 : layout.labels.indexOf(options.group);
  if (options.group !== undefined && (groupIndex < 0 || !layout.groups)) {
    throw new Error(`invalid group: ${options.group}`);
  }
  const { offsets, days } = customerTimeline(columns);
  const relative = c - layout.frame.first;
  const from = periodStart(c + k, grain);
  const to = periodEnd(c + k, grain);
  const out: number[] = [];
  for (let i = 0; i < layout.cohortOf.length; i++) {
    if (layout.cohortOf[i] !== relative) continue;
    if (groupIndex >= 0 && layout.groups![i] !== groupIndex) continue;
    const j = lowerBound(days, offsets[i]!, offsets[i + 1]!, from);
    if (j < offsets[i + 1]! && (mode === 'rolling' || days[j]! <= to)) out.push(i);
  }
  return Int32Array.from(out);
}
