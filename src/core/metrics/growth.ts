/**
 * Growth accounting of active customers, as Jonathan Hsu described it for Social Capital
 * ("Diligence at Social Capital", 2015): each period's active customers are new, retained
 * or resurrected, and last period's actives who did not come back are lost (churned).
 */
import type { TransactionColumns } from '../model.ts';
import { checkChoice, checkGrain } from './options.ts';
import { parsePeriod, periodEnd, periodLabel, type Grain } from './periods.ts';
import { customerTimeline, periodFrame } from './timeline.ts';

export interface GrowthPeriod {
  period: string;
  /** Customers who bought in p: new + retained + resurrected. */
  active: number;
  /** First purchase in p. */
  new: number;
  /** Bought in p − 1 and in p. */
  retained: number;
  /** Bought in p, not in p − 1, and in some period before p − 1. */
  resurrected: number;
  /** Bought in p − 1, not in p (Hsu's "churned", reported here as a positive count). */
  lost: number;
  /** (new + resurrected) / lost; null when lost = 0. Above 1 the customer base grows. */
  quickRatio: number | null;
  /** False for the data's last period when the data ends before it does. */
  complete: boolean;
}

export interface GrowthAccounting {
  grain: Grain;
  periods: GrowthPeriod[];
}

/**
 * Growth accounting per period, from the first to the last period of the data. Here
 * "active in p" means "bought in p" (Hsu's definition), not the window-based activity
 * of churn.ts. Identity: active(p) = active(p − 1) + new + resurrected − lost.
 */
export function growthAccounting(
  columns: TransactionColumns,
  options: { grain: Grain },
): GrowthAccounting {
  const grain = checkGrain(options.grain);
  const timeline = customerTimeline(columns);
  const { table, minDay, count: n, first } = periodFrame(timeline, grain);
  const { offsets, days, customers, maxDay } = timeline;
  const fresh = new Int32Array(n);
  const retained = new Int32Array(n);
  const resurrected = new Int32Array(n);
  const lost = new Int32Array(n);
  for (let i = 0; i < customers; i++) {
    let previous = -1;
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
      const p = table[days[j]! - minDay]!;
      if (p === previous) continue;
      if (previous < 0) fresh[p]!++;
      else if (previous === p - 1) retained[p]!++;
      else {
        resurrected[p]!++;
        lost[previous + 1]!++;
      }
      previous = p;
    }
    if (previous >= 0 && previous + 1 < n) lost[previous + 1]!++;
  }
  const periods: GrowthPeriod[] = [];
  for (let p = 0; p < n; p++) {
    const gained = fresh[p]! + resurrected[p]!;
    periods.push({
      period: periodLabel(first + p, grain),
      active: gained + retained[p]!,
      new: fresh[p]!,
      retained: retained[p]!,
      resurrected: resurrected[p]!,
      lost: lost[p]!,
      quickRatio: lost[p]! > 0 ? gained / lost[p]! : null,
      complete: p < n - 1 || maxDay >= periodEnd(first + p, grain),
    });
  }
  return { grain, periods };
}

export type GrowthGroup = 'new' | 'retained' | 'resurrected' | 'lost';
export const GROWTH_GROUPS: readonly GrowthGroup[] = ['new', 'retained', 'resurrected', 'lost'];

/**
 * The customers (indexes into `customerIds`) behind one number of `growthAccounting`:
 * bought first in p (new), in p − 1 and p (retained), in p but not p − 1 after buying
 * before that (resurrected), or in p − 1 but not p (lost).
 */
export function growthCustomers(
  columns: TransactionColumns,
  options: { grain: Grain; period: string; group: GrowthGroup },
): Int32Array {
  const grain = checkGrain(options.grain);
  const group = checkChoice('group', options.group, GROWTH_GROUPS);
  const timeline = customerTimeline(columns);
  const frame = periodFrame(timeline, grain);
  const p = parsePeriod(options.period, grain) - frame.first;
  if (p < 0 || p >= frame.count) throw new Error(`invalid period: ${options.period}`);
  const { offsets, days } = timeline;
  const found: number[] = [];
  for (let i = 0; i < timeline.customers; i++) {
    if (offsets[i] === offsets[i + 1]) continue;
    const first = frame.table[days[offsets[i]!]! - frame.minDay]!;
    let now = false;
    let before = false;
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
      const q = frame.table[days[j]! - frame.minDay]!;
      if (q === p) now = true;
      else if (q === p - 1) before = true;
    }
    const member =
      group === 'new'
        ? first === p
        : group === 'retained'
          ? before && now
          : group === 'lost'
            ? before && !now
            : now && !before && first < p - 1;
    if (member) found.push(i);
  }
  return Int32Array.from(found);
}
