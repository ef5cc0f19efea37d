/**
 * Non-contractual churn: who is active, lost and won back in each period, with an
 * inactivity window W chosen by the user or suggested from the data.
 */
import type { TransactionColumns } from '../model.ts';
import { activityCounts, evaluationDays, isActiveAt } from './activity.ts';
import { checkChoice, checkGrain, checkWindow } from './options.ts';
import { parsePeriod, periodLabel, type Grain } from './periods.ts';
import { customerTimeline, periodFrame } from './timeline.ts';

export interface ChurnPeriod {
  period: string;
  /** Active on the last day of p − 1 (0 for the first period of the data). */
  activeAtStart: number;
  /** First transaction in p. */
  new: number;
  /** Active on the last day of p − 1, not active on the last day of p. */
  lost: number;
  /** Not active on the last day of p − 1, bought before p, active on the last day of p. */
  reactivated: number;
  activeAtEnd: number;
  /** New customers still active on the last day of p; activeAtEnd = activeAtStart − lost + newActive + reactivated. */
  newActive: number;
  /** Active on at least one day of p: activeAtStart plus those who bought in p without being active at its start. */
  activeDuring: number;
  /** lost / activeAtStart; null when activeAtStart = 0. */
  churnRate: number | null;
  /** 1 − churnRate; null with it. */
  retention: number | null;
  /** False for the data's last period when the data ends before it does (then "last day of p" is the data's last day). */
  complete: boolean;
}

export interface ChurnSeries {
  window: number;
  grain: Grain;
  periods: ChurnPeriod[];
}

export interface ChurnOptions {
  /** Inactivity window W in days. */
  window: number;
  grain: Grain;
}

/**
 * The churn series for every period from the first to the last of the data. A customer is
 * active at day d when they bought on a day t with d − W < t ≤ d; churn rate of p = lost in
 * p / active at the end of p − 1 (docs/ARCHITECTURE.md, "Metric definitions"). The data's
 * incomplete last period is judged on the data's last day.
 */
export function churnSeries(columns: TransactionColumns, options: ChurnOptions): ChurnSeries {
  const window = checkWindow(options.window);
  const grain = checkGrain(options.grain);
  const counts = activityCounts(customerTimeline(columns), window, grain);
  const periods: ChurnPeriod[] = [];
  for (let p = 0; p < counts.frame.count; p++) {
    const activeAtStart = p > 0 ? counts.activeAtEnd[p - 1]! : 0;
    const lost = counts.lost[p]!;
    const churnRate = activeAtStart > 0 ? lost / activeAtStart : null;
    periods.push({
      period: periodLabel(counts.frame.first + p, grain),
      activeAtStart,
      new: counts.newCustomers[p]!,
      lost,
      reactivated: counts.reactivated[p]!,
      activeAtEnd: counts.activeAtEnd[p]!,
      newActive: counts.newActive[p]!,
      activeDuring: activeAtStart + counts.entered[p]!,
      churnRate,
      retention: churnRate === null ? null : 1 - churnRate,
      complete: counts.complete[p]!,
    });
  }
  return { window, grain, periods };
}

export interface WindowSuggestion {
  days: number;
  /** The reason in English (the CLI prints it; screens word it from days and gaps). */
  reason: string;
  /** Gaps between purchase days the percentile was taken over (0: nobody bought twice). */
  gaps: number;
}

/**
 * A default inactivity window: the 90th percentile of the gaps (in days) between a
 * customer's consecutive distinct purchase days, by the nearest-rank method (the smallest
 * gap g with at least 90 % of gaps ≤ g — a whole number, so already rounded up). 90 days
 * when nobody bought twice.
 */
export function suggestWindow(columns: TransactionColumns): WindowSuggestion {
  const { offsets, days, customers, minDay, maxDay } = customerTimeline(columns);
  const histogram = new Int32Array(Math.max(1, maxDay - minDay + 1));
  let gaps = 0;
  for (let i = 0; i < customers; i++) {
    for (let j = offsets[i]! + 1; j < offsets[i + 1]!; j++) {
      histogram[days[j]! - days[j - 1]!]!++;
      gaps++;
    }
  }
  if (gaps === 0) {
    return {
      days: 90,
      reason: 'No customer bought on two different days: using the default of 90 days',
      gaps: 0,
    };
  }
  const rank = Math.ceil(0.9 * gaps);
  let seen = 0;
  let gap = 0;
  while (seen < rank) seen += histogram[++gap]!;
  return {
    days: gap,
    reason: `90% of repeat purchases come within ${gap} days of the previous one (P90 of ${gaps} gaps)`,
    gaps,
  };
}

export type ChurnGroup = 'activeAtStart' | 'new' | 'lost' | 'reactivated' | 'activeAtEnd';
export const CHURN_GROUPS: readonly ChurnGroup[] = [
  'activeAtStart',
  'new',
  'lost',
  'reactivated',
  'activeAtEnd',
];

/**
 * The customers (indexes, ascending) counted in one number of the churn series: the
 * drill-down behind a period's activeAtStart, new, lost, reactivated or activeAtEnd.
 * `period` is a label of the grain and must lie within the data.
 */
export function churnCustomers(
  columns: TransactionColumns,
  period: string,
  group: ChurnGroup,
  options: ChurnOptions,
): Int32Array {
  const window = checkWindow(options.window);
  const grain = checkGrain(options.grain);
  checkChoice('group', group, CHURN_GROUPS);
  const timeline = customerTimeline(columns);
  const frame = periodFrame(timeline, grain);
  const p = parsePeriod(period, grain) - frame.first;
  if (p < 0 || p >= frame.count) throw new Error(`invalid period: ${period} is outside the data`);
  const evaluationDay = evaluationDays(frame, timeline.maxDay);
  const { offsets, days } = timeline;
  const out: number[] = [];
  for (let i = 0; i < timeline.customers; i++) {
    if (offsets[i] === offsets[i + 1]) continue;
    const first = frame.table[days[offsets[i]!]! - frame.minDay]!;
    const atStart = p > 0 && isActiveAt(timeline, i, evaluationDay[p - 1]!, window);
    const atEnd = () => isActiveAt(timeline, i, evaluationDay[p]!, window);
    const member =
      group === 'new'
        ? first === p
        : group === 'activeAtStart'
          ? atStart
          : group === 'activeAtEnd'
            ? atEnd()
            : group === 'lost'
              ? atStart && !atEnd()
              : !atStart && first < p && atEnd();
    if (member) out.push(i);
  }
  return Int32Array.from(out);
}

/** Customers lost in a period (see `churnCustomers`). */
export function lostCustomers(
  columns: TransactionColumns,
  period: string,
  options: ChurnOptions,
): Int32Array {
  return churnCustomers(columns, period, 'lost', options);
}

/** Customers reactivated in a period (see `churnCustomers`). */
export function reactivatedCustomers(
  columns: TransactionColumns,
  period: string,
  options: ChurnOptions,
): Int32Array {
  return churnCustomers(columns, period, 'reactivated', options);
}
