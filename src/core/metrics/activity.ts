/**
 * Window-based activity, counted per period: the engine under churn.ts and ltv.ts.
 *
 * A customer is active at day d when they bought on a day t with d − W < t ≤ d. Status is
 * evaluated on each period's last day, except the data's incomplete last period, which is
 * evaluated on the last day of the data (nobody can be seen buying after it).
 */
import { periodEnd, type Grain } from './periods.ts';
import { periodFrame, type CustomerTimeline, type PeriodFrame } from './timeline.ts';

/** Counts per (group, period), flat at `g × count + p`. */
export interface ActivityCounts {
  frame: PeriodFrame;
  groups: number;
  /** Day on which status at the end of each period is evaluated. */
  evaluationDay: Int32Array;
  /** False for the data's last period when it ends after the last day of the data. */
  complete: boolean[];
  activeAtEnd: Int32Array;
  newCustomers: Int32Array;
  /** New customers (first purchase in p) still active at the end of p. */
  newActive: Int32Array;
  lost: Int32Array;
  reactivated: Int32Array;
  /** Customers not active at the end of p − 1 who bought in p: active during p = start + this. */
  entered: Int32Array;
}

/**
 * Counts activity transitions for every period of the data. `groupOf[i]` is customer i's
 * group (−1 = skip); without it everyone is in group 0. O(distinct purchase days).
 *
 * Per customer, purchases merge into spells [s, e] (the next purchase comes within W days
 * of the previous, e = last purchase + W − 1); each spell makes the customer active at the
 * ends of a run of periods; adjacent runs merge. A run [A, B] adds to activeAtEnd on A … B,
 * to lost in B + 1, and to newActive (A is the first purchase's period) or reactivated in A.
 */
export function activityCounts(
  timeline: CustomerTimeline,
  window: number,
  grain: Grain,
  groupOf: Int32Array | null = null,
  groups = 1,
): ActivityCounts {
  const frame = periodFrame(timeline, grain);
  const n = frame.count;
  const { table, minDay } = frame;
  const { maxDay, offsets, days, customers } = timeline;
  const evaluationDay = evaluationDays(frame, maxDay);
  const size = n * groups;
  // One spare slot per group: a run ending in the last period decrements past it.
  const diff = new Int32Array(groups * (n + 1));
  const newCustomers = new Int32Array(size);
  const newActive = new Int32Array(size);
  const lost = new Int32Array(size);
  const reactivated = new Int32Array(size);
  const entered = new Int32Array(size);
  // Records one maximal run [runA, runB] of periods ending active (created once: no
  // closure per customer in the hot loop).
  const record = (g: number, runA: number, runB: number, firstPeriod: number) => {
    const base = g * n;
    diff[base + g + runA]!++;
    diff[base + g + runB + 1]!--;
    if (runB + 1 < n) lost[base + runB + 1]!++;
    if (runA === firstPeriod) newActive[base + runA]!++;
    else reactivated[base + runA]!++;
  };
  for (let i = 0; i < customers; i++) {
    const a = offsets[i]!;
    const b = offsets[i + 1]!;
    const g = groupOf ? groupOf[i]! : 0;
    if (a === b || g < 0) continue;
    const base = g * n;
    const firstPeriod = table[days[a]! - minDay]!;
    newCustomers[base + firstPeriod]!++;
    let runA = -1;
    let runB = -1;
    let previousEnd = -2147483648;
    let enteredIn = -1;
    for (let j = a; j < b;) {
      const s = days[j]!;
      let e = s + window - 1;
      for (j++; j < b && days[j]! <= e + 1; j++) e = days[j]! + window - 1;
      const ps = table[s - minDay]!;
      if (ps !== enteredIn && (ps === 0 || previousEnd < evaluationDay[ps - 1]!)) {
        entered[base + ps]!++;
        enteredIn = ps;
      }
      previousEnd = e;
      let pb = n - 1;
      if (e < maxDay) {
        const pe = table[e - minDay]!;
        pb = evaluationDay[pe]! <= e ? pe : pe - 1;
      }
      if (pb < ps) continue;
      if (runA >= 0 && runB === ps - 1) {
        runB = pb;
      } else {
        if (runA >= 0) record(g, runA, runB, firstPeriod);
        runA = ps;
        runB = pb;
      }
    }
    if (runA >= 0) record(g, runA, runB, firstPeriod);
  }
  const activeAtEnd = new Int32Array(size);
  for (let g = 0; g < groups; g++) {
    let running = 0;
    for (let p = 0; p < n; p++) activeAtEnd[g * n + p] = running += diff[g * (n + 1) + p]!;
  }
  const complete = Array.from(
    { length: n },
    (_, p) => evaluationDay[p] === periodEnd(frame.first + p, grain),
  );
  return {
    frame,
    groups,
    evaluationDay,
    complete,
    activeAtEnd,
    newCustomers,
    newActive,
    lost,
    reactivated,
    entered,
  };
}

/** The day each period's end-of-period status is judged on: its last day, or the data's last day. */
export function evaluationDays(frame: PeriodFrame, maxDay: number): Int32Array {
  const days = new Int32Array(frame.count);
  for (let p = 0; p < frame.count; p++) {
    days[p] = Math.min(periodEnd(frame.first + p, frame.grain), maxDay);
  }
  return days;
}

/** Whether a customer is active at day d: a purchase t with d − W < t ≤ d. */
export function isActiveAt(
  timeline: CustomerTimeline,
  customer: number,
  day: number,
  window: number,
): boolean {
  const { offsets, days } = timeline;
  let lo = offsets[customer]!;
  let hi = offsets[customer + 1]!;
  // Last purchase day ≤ day, by binary search for the first day > day.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo > offsets[customer]! && days[lo - 1]! > day - window;
}
