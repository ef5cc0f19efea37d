/**
 * Contractual churn: customers are active while under contract and lost when it ends,
 * so no inactivity window is needed.
 */
import { evaluationDays } from './activity.ts';
import type { ChurnPeriod } from './churn.ts';
import { checkGrain, checkInteger } from './options.ts';
import { parsePeriod, periodEnd, periodLabel, periodTable, type Grain } from './periods.ts';
import type { ChurnGroup } from './churn.ts';

export interface ContractualChurnOptions {
  grain: Grain;
  /** Last day considered; default the latest sign-up or contract end given. */
  asOf?: number;
}

export interface ContractualChurnSeries {
  grain: Grain;
  asOf: string;
  periods: ChurnPeriod[];
}

/**
 * Churn series from contracts. Customer i is active on days signup[i] ≤ d < contractEnd[i]
 * (the end is the first day without a contract; −1 = still running; signup −1 = unknown,
 * customer skipped). Status is judged on each period's last day (on `asOf` for the period
 * containing it), so lost in p = contract ended in p after being active at the end of
 * p − 1; a contract that starts and ends within one period is counted in `new` only.
 * Nobody is reactivated (one contract per customer). Periods run from the first sign-up's
 * period to the period of `asOf`.
 */
export function churnSeriesContractual(
  contractEnd: Int32Array,
  signup: Int32Array,
  options: ContractualChurnOptions,
): ContractualChurnSeries {
  const grain = checkGrain(options.grain);
  if (contractEnd.length !== signup.length) {
    throw new Error(
      `invalid contractEnd: ${contractEnd.length} values for ${signup.length} customers`,
    );
  }
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < signup.length; i++) {
    if (signup[i]! < 0) continue;
    minDay = Math.min(minDay, signup[i]!);
    maxDay = Math.max(maxDay, signup[i]!, contractEnd[i]!);
  }
  const asOf = options.asOf ?? maxDay;
  if (options.asOf !== undefined) checkInteger('asOf', asOf, -1e8);
  if (minDay === Infinity || asOf < minDay) return { grain, asOf: label(asOf), periods: [] };
  const table = periodTable(minDay, asOf, grain);
  const first = table[0]!;
  const n = table[table.length - 1]! - first + 1;
  const ev = evaluationDays({ grain, first, count: n, table, minDay }, asOf);
  const period = (d: number) => table[d - minDay]! - first;
  const diff = new Int32Array(n + 1);
  const fresh = new Int32Array(n);
  const newActive = new Int32Array(n);
  const lost = new Int32Array(n);
  for (let i = 0; i < signup.length; i++) {
    const s = signup[i]!;
    const e = contractEnd[i]!;
    if (s < 0 || s > asOf) continue;
    const a = period(s);
    fresh[a]!++;
    let b = n - 1;
    if (e >= 0 && e <= asOf) b = ev[period(e)]! < e ? period(e) : period(e) - 1;
    if (b < a) continue;
    diff[a]!++;
    diff[b + 1]!--;
    newActive[a]!++;
    if (b + 1 < n) lost[b + 1]!++;
  }
  const periods: ChurnPeriod[] = [];
  let activeAtEnd = 0;
  for (let p = 0; p < n; p++) {
    const activeAtStart = activeAtEnd;
    activeAtEnd += diff[p]!;
    const churnRate = activeAtStart > 0 ? lost[p]! / activeAtStart : null;
    periods.push({
      period: periodLabel(first + p, grain),
      activeAtStart,
      new: fresh[p]!,
      lost: lost[p]!,
      reactivated: 0,
      activeAtEnd,
      newActive: newActive[p]!,
      activeDuring: activeAtStart + fresh[p]!,
      churnRate,
      retention: churnRate === null ? null : 1 - churnRate,
      complete: p < n - 1 || ev[p] === periodEnd(first + p, grain),
    });
  }
  return { grain, asOf: label(asOf), periods };
}

function label(day: number): string {
  return Number.isFinite(day) ? periodLabel(day, 'day') : '';
}

/**
 * The customers behind one number of `churnSeriesContractual` (indexes into the contract
 * arrays): `new` signed up in the period, `lost` had their contract end in it after being
 * active at the end of the previous one, `activeAtStart` / `activeAtEnd` were under contract
 * on the previous / this period's evaluation day; nobody is `reactivated`.
 */
export function contractCustomers(
  contractEnd: Int32Array,
  signup: Int32Array,
  period: string,
  group: ChurnGroup,
  options: ContractualChurnOptions,
): Int32Array {
  const grain = checkGrain(options.grain);
  const target = parsePeriod(period, grain);
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < signup.length; i++) {
    if (signup[i]! < 0) continue;
    minDay = Math.min(minDay, signup[i]!);
    maxDay = Math.max(maxDay, signup[i]!, contractEnd[i]!);
  }
  const asOf = options.asOf ?? maxDay;
  if (minDay === Infinity || asOf < minDay || group === 'reactivated') return new Int32Array(0);
  const table = periodTable(minDay, asOf, grain);
  const first = table[0]!;
  const n = table[table.length - 1]! - first + 1;
  const ev = evaluationDays({ grain, first, count: n, table, minDay }, asOf);
  const at = (d: number) => table[d - minDay]! - first;
  const p = target - first;
  const found: number[] = [];
  for (let i = 0; i < signup.length; i++) {
    const s = signup[i]!;
    const e = contractEnd[i]!;
    if (s < 0 || s > asOf) continue;
    // Active from period a to period b inclusive, judged on each period's evaluation day.
    const a = at(s);
    let b = n - 1;
    if (e >= 0 && e <= asOf) b = ev[at(e)]! < e ? at(e) : at(e) - 1;
    const hit =
      group === 'new'
        ? a === p
        : group === 'lost'
          ? b >= a && b + 1 === p
          : group === 'activeAtEnd'
            ? a <= p && p <= b
            : a <= p - 1 && p - 1 <= b;
    if (hit) found.push(i);
  }
  return Int32Array.from(found);
}
