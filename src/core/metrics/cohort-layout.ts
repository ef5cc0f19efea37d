/** The shape of a cohort matrix: each customer's cohort row and the flat cell layout. */
import type { TransactionColumns } from '../model.ts';
import { checkPerCustomer, splitGroups, type CustomerSplit } from './options.ts';
import type { Grain } from './periods.ts';
import { customerTimeline, periodFrame } from './timeline.ts';

export interface Layout {
  frame: ReturnType<typeof periodFrame>;
  /** Relative cohort per customer, −1 when excluded or without transactions. */
  cohortOf: Int32Array;
  groups: Int32Array | null;
  labels: string[];
  /** Start of row (c, g) in the flat triangular cell array; rows have `count − c` cells. */
  rowStart: (c: number, g: number) => number;
  cells: number;
}

/** Cohort and group of every customer, and where each (cohort, group) row starts. */
export function cohortLayout(
  columns: TransactionColumns,
  grain: Grain,
  options: { split?: CustomerSplit; filter?: Uint8Array },
): Layout {
  const timeline = customerTimeline(columns);
  const frame = periodFrame(timeline, grain);
  const { customers, offsets, days } = timeline;
  const split = options.split ? splitGroups(options.split, customers) : null;
  if (options.filter) checkPerCustomer('filter', options.filter, customers);
  const cohortOf = new Int32Array(customers).fill(-1);
  for (let i = 0; i < customers; i++) {
    if (offsets[i] === offsets[i + 1] || (options.filter && options.filter[i] !== 1)) continue;
    cohortOf[i] = frame.table[days[offsets[i]!]! - frame.minDay]!;
  }
  const G = split ? split.labels.length : 1;
  const n = frame.count;
  const rowStart = (c: number, g: number) => G * (c * n - (c * (c - 1)) / 2) + g * (n - c);
  return {
    frame,
    cohortOf,
    groups: split?.groups ?? null,
    labels: split?.labels ?? [''],
    rowStart,
    cells: rowStart(n, 0),
  };
}
