/**
 * Simple (historical) lifetime value, seed 002 / ChartMogul style: LTV = AMPU / churn rate,
 * with every input shown so the number can be checked by hand.
 */
import type { TransactionColumns } from '../model.ts';
import { activityCounts } from './activity.ts';
import { suggestWindow } from './churn.ts';
import { marginSettings, type MarginOptions, type MarginSource } from './margin.ts';
import {
  checkGrain,
  checkInteger,
  checkPerCustomer,
  checkRange,
  checkWindow,
  splitGroups,
  type CustomerSplit,
} from './options.ts';
import { periodLabel, type Grain } from './periods.ts';
import { customerTimeline, periodFrame } from './timeline.ts';

export interface LtvOptions extends MarginOptions {
  grain: Grain;
  /** Inactivity window in days; default `suggestWindow`. */
  window?: number;
  /** Discount rate per period d, 0 … 1; default 0. */
  discount?: number;
  /** Complete periods averaged for churn and AMPU; default 3. */
  trailingPeriods?: number;
  /** Acquisition cost per customer; NaN = unknown. */
  cac?: Float64Array;
}

export interface LtvEstimate {
  /** Customers with at least one transaction in the group. */
  customers: number;
  /** Σ margin / Σ customers active during each used period. */
  ampu: number | null;
  /** Σ lost / Σ active at start over the used periods (pooled, not a mean of rates). */
  churnRate: number | null;
  retention: number | null;
  /** ampu / churnRate; null when churn is 0 or unknown. */
  ltv: number | null;
  /** ampu × (1 + d) / (1 + d − r), r = retention; null when 1 + d − r ≤ 0. */
  ltvDiscounted: number | null;
  periodsUsed: string[];
  /** Mean acquisition cost of the group's customers whose cost is known. */
  cac: number | null;
  /** ltv / cac. */
  ltvToCac: number | null;
  message?: string;
}

export interface LtvReport {
  grain: Grain;
  window: number;
  marginSource: MarginSource;
  margin: number | null;
  discount: number;
  trailingPeriods: number;
  overall: LtvEstimate;
  byCohort: (LtvEstimate & { cohort: string })[];
}

/**
 * LTV of all customers. The used periods are the last `trailingPeriods` complete periods
 * whose active-at-start count is > 0. Churn rate = Σ lost / Σ activeAtStart over them (as in
 * churn.ts, window W); AMPU = Σ margin / Σ activeDuring (customers active on at least one
 * day of the period, so the margin is divided among the customers who could produce it).
 */
export function simpleLtv(columns: TransactionColumns, options: LtvOptions): LtvEstimate {
  return estimates(columns, options, null, 1)[0]!;
}

/** LTV per acquisition cohort (period of the first purchase), in time order. */
export function ltvByCohort(
  columns: TransactionColumns,
  options: LtvOptions,
): (LtvEstimate & { cohort: string })[] {
  const grain = checkGrain(options.grain);
  const timeline = customerTimeline(columns);
  const { table, minDay, count, first } = periodFrame(timeline, grain);
  const cohortOf = new Int32Array(timeline.customers).fill(-1);
  const { offsets, days } = timeline;
  for (let i = 0; i < timeline.customers; i++) {
    if (offsets[i] !== offsets[i + 1]) cohortOf[i] = table[days[offsets[i]!]! - minDay]!;
  }
  return estimates(columns, options, cohortOf, count)
    .map((e, c) => ({ cohort: periodLabel(first + c, grain), ...e }))
    .filter((e) => e.customers > 0);
}

/** LTV per group of a customer attribute (acquisition channel, plan, …). */
export function ltvByGroup(
  columns: TransactionColumns,
  options: LtvOptions & { split: CustomerSplit },
): (LtvEstimate & { group: string })[] {
  const { groups, labels } = splitGroups(options.split, columns.customerIds.length);
  return estimates(columns, options, groups, labels.length).map((e, g) => ({
    group: labels[g]!,
    ...e,
  }));
}

/** The overall LTV and the LTV per cohort, with the options they were computed with. */
export function ltvReport(columns: TransactionColumns, options: LtvOptions): LtvReport {
  const window = options.window ?? suggestWindow(columns).days;
  const { source, margin } = marginSettings(columns, options);
  const full = { ...options, window };
  return {
    grain: checkGrain(options.grain),
    window,
    marginSource: source,
    margin,
    discount: options.discount ?? 0,
    trailingPeriods: options.trailingPeriods ?? 3,
    overall: simpleLtv(columns, full),
    byCohort: ltvByCohort(columns, full),
  };
}

function estimates(
  columns: TransactionColumns,
  options: LtvOptions,
  groupOf: Int32Array | null,
  groups: number,
): LtvEstimate[] {
  const grain = checkGrain(options.grain);
  const window = checkWindow(options.window ?? suggestWindow(columns).days);
  const discount = checkRange('discount', options.discount ?? 0, 0, 1);
  const trailing = checkInteger('trailingPeriods', options.trailingPeriods ?? 3, 1);
  const timeline = customerTimeline(columns);
  if (options.cac) checkPerCustomer('cac', options.cac, timeline.customers);
  const { source, margin } = marginSettings(columns, options);
  const counts = activityCounts(timeline, window, grain, groupOf, groups);
  const { table, minDay, count: n, first } = counts.frame;
  const marginSum = new Float64Array(n * groups);
  const { customer, day, amount } = columns;
  const cost = source === 'cost' ? columns.cost! : null;
  let unknownCost = 0;
  for (let r = 0; r < day.length; r++) {
    const g = groupOf ? groupOf[customer[r]!]! : 0;
    if (g < 0) continue;
    const m = cost ? amount[r]! - cost[r]! : amount[r]! * margin!;
    if (Number.isNaN(m)) unknownCost++;
    else marginSum[g * n + table[day[r]! - minDay]!]! += m;
  }
  const people = groupTotals(timeline.offsets, groupOf, groups, options.cac);
  return Array.from({ length: groups }, (_, g) => {
    const used: number[] = [];
    for (let p = n - 1; p >= 1 && used.length < trailing; p--) {
      if (counts.complete[p] && counts.activeAtEnd[g * n + p - 1]! > 0) used.unshift(p);
    }
    let lost = 0;
    let start = 0;
    let during = 0;
    let marginTotal = 0;
    for (const p of used) {
      lost += counts.lost[g * n + p]!;
      start += counts.activeAtEnd[g * n + p - 1]!;
      during += counts.activeAtEnd[g * n + p - 1]! + counts.entered[g * n + p]!;
      marginTotal += marginSum[g * n + p]!;
    }
    const estimate = combine(marginTotal, during, lost, start, discount);
    const messages = notes(used.length, trailing, estimate.churnRate, unknownCost);
    const cac = people.cacCount[g]! > 0 ? people.cacSum[g]! / people.cacCount[g]! : null;
    return {
      customers: people.customers[g]!,
      ...estimate,
      periodsUsed: used.map((p) => periodLabel(first + p, grain)),
      cac,
      ltvToCac: estimate.ltv !== null && cac !== null && cac > 0 ? estimate.ltv / cac : null,
      ...(messages ? { message: messages } : {}),
    };
  });
}

/** AMPU, churn, retention and both LTV forms from the pooled sums. */
function combine(margin: number, during: number, lost: number, start: number, d: number) {
  if (start === 0) {
    return { ampu: null, churnRate: null, retention: null, ltv: null, ltvDiscounted: null };
  }
  const ampu = margin / during;
  const churnRate = lost / start;
  const retention = 1 - churnRate;
  const denominator = 1 + d - retention;
  return {
    ampu,
    churnRate,
    retention,
    ltv: churnRate > 0 ? ampu / churnRate : null,
    ltvDiscounted: denominator > 0 ? (ampu * (1 + d)) / denominator : null,
  };
}

function notes(used: number, asked: number, churn: number | null, unknownCost: number): string {
  const out: string[] = [];
  if (used === 0)
    out.push('No complete period with active customers at its start: churn cannot be measured');
  else if (used < asked)
    out.push(`Only ${used} complete ${plural(used)} with active customers (asked for ${asked})`);
  if (churn === 0) out.push(`Churn is 0 over the last ${used} ${plural(used)}: LTV is unbounded`);
  if (unknownCost > 0) out.push(`${unknownCost} rows without a cost were left out of the margin`);
  return out.join('; ');
}

const plural = (n: number) => (n === 1 ? 'period' : 'periods');

function groupTotals(
  offsets: Int32Array,
  groupOf: Int32Array | null,
  groups: number,
  cac?: Float64Array,
) {
  const customers = new Int32Array(groups);
  const cacSum = new Float64Array(groups);
  const cacCount = new Int32Array(groups);
  for (let i = 0; i + 1 < offsets.length; i++) {
    const g = groupOf ? groupOf[i]! : 0;
    if (g < 0 || offsets[i] === offsets[i + 1]) continue;
    customers[g]!++;
    const c = cac?.[i];
    if (c !== undefined && !Number.isNaN(c)) {
      cacSum[g]! += c;
      cacCount[g]!++;
    }
  }
  return { customers, cacSum, cacCount };
}
