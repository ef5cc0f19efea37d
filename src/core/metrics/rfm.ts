/**
 * RFM: recency, frequency and monetary value per customer at an as-of day, scored 1–5 by
 * tie-aware equal-frequency bins (see quintileScores) and mapped to the usual named segments.
 */
import { isoDate, type TransactionColumns } from '../model.ts';
import { checkChoice, checkInteger } from './options.ts';
import { argsort } from './sort.ts';
import { customerTimeline } from './timeline.ts';

export const RFM_SEGMENTS = [
  'Champions',
  'Loyal',
  'Potential loyalist',
  'New',
  'Promising',
  'Need attention',
  'About to sleep',
  'At risk',
  "Can't lose them",
  'Hibernating',
  'Lost',
] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/** Segment index of customers who are not scored (no purchase on or before asOf). */
export const NO_SEGMENT = 255;

/**
 * The segment map, rows R = 1 … 5, columns FM = 1 … 5 where FM = (F + M) / 2 rounded half
 * up. In ranges: Champions R5 FM4–5; Loyal R3–4 FM4–5; Potential loyalist R4–5 FM2–3;
 * New R5 FM1; Promising R4 FM1; Need attention R3 FM3; About to sleep R3 FM1–2;
 * At risk R2 FM3–5 and R1 FM3–4; Can't lose them R1 FM5; Hibernating R2 FM1–2 and R1 FM2;
 * Lost R1 FM1.
 */
const GRID_NAMES: readonly (readonly RfmSegment[])[] = [
  ['Lost', 'Hibernating', 'At risk', 'At risk', "Can't lose them"],
  ['Hibernating', 'Hibernating', 'At risk', 'At risk', 'At risk'],
  ['About to sleep', 'About to sleep', 'Need attention', 'Loyal', 'Loyal'],
  ['Promising', 'Potential loyalist', 'Potential loyalist', 'Loyal', 'Loyal'],
  ['New', 'Potential loyalist', 'Potential loyalist', 'Champions', 'Champions'],
];
export const RFM_SEGMENT_GRID: readonly (readonly number[])[] = GRID_NAMES.map((row) =>
  row.map((name) => RFM_SEGMENTS.indexOf(name)),
);

export interface RfmOptions {
  /** The as-of day (DayNumber); only purchases on or before it count. */
  asOf: number;
  /** 'days' (default): distinct purchase days; 'orders': distinct order ids (rows without one count once each; rows when there is no order column). */
  frequency?: 'days' | 'orders';
}

export interface RfmResult {
  asOf: string;
  /** Customers scored: those with a purchase on or before asOf. */
  customers: number;
  /** Days since the last purchase; −1 when not scored. */
  recency: Int32Array;
  frequency: Int32Array;
  /** Sum of amounts on or before asOf, refunds included. */
  monetary: Float64Array;
  /** Scores 1–5 (0 when not scored); recency reversed (most recent = 5). */
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  /** Index into RFM_SEGMENTS; NO_SEGMENT when not scored. */
  segment: Uint8Array;
  /** Every segment in RFM_SEGMENTS order, with its customers and their monetary total. */
  segments: { name: RfmSegment; customers: number; revenue: number }[];
}

/** RFM values, scores and segments for every customer who bought on or before asOf. */
export function rfmScores(columns: TransactionColumns, options: RfmOptions): RfmResult {
  const asOf = checkInteger('asOf', options.asOf, -1e8);
  const by = checkChoice('frequency', options.frequency ?? 'days', ['days', 'orders'] as const);
  const { recency, frequency, monetary, scored } = rfmValues(columns, asOf, by);
  const r = quintileScores(recency, scored, -1);
  const f = quintileScores(frequency, scored, 1);
  const m = quintileScores(monetary, scored, 1);
  const segment = new Uint8Array(recency.length).fill(NO_SEGMENT);
  const segments = RFM_SEGMENTS.map((name) => ({ name, customers: 0, revenue: 0 }));
  let customers = 0;
  for (let i = 0; i < recency.length; i++) {
    if (!scored[i]) continue;
    customers++;
    const s = RFM_SEGMENT_GRID[r[i]! - 1]![Math.floor((f[i]! + m[i]! + 1) / 2) - 1]!;
    segment[i] = s;
    segments[s]!.customers++;
    segments[s]!.revenue += monetary[i]!;
  }
  return {
    asOf: isoDate(asOf),
    customers,
    recency,
    frequency,
    monetary,
    r,
    f,
    m,
    segment,
    segments,
  };
}

function rfmValues(columns: TransactionColumns, asOf: number, by: 'days' | 'orders') {
  const timeline = customerTimeline(columns);
  const { offsets, days, customers } = timeline;
  const recency = new Int32Array(customers).fill(-1);
  const frequency = new Int32Array(customers);
  const scored = new Uint8Array(customers);
  for (let i = 0; i < customers; i++) {
    let lo = offsets[i]!;
    let hi = offsets[i + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (days[mid]! <= asOf) lo = mid + 1;
      else hi = mid;
    }
    if (lo === offsets[i]) continue;
    scored[i] = 1;
    recency[i] = asOf - days[lo - 1]!;
    frequency[i] = lo - offsets[i]!;
  }
  const { customer, day, amount, order } = columns;
  const everything = asOf >= timeline.maxDay;
  const monetary = everything ? timeline.revenue.slice() : new Float64Array(customers);
  if (by === 'orders') frequency.fill(0);
  // Last customer seen per order id, so an order's several rows count once.
  const seen =
    by === 'orders' && order ? new Int32Array(columns.orderIds?.length ?? 0).fill(-1) : null;
  if (everything && by === 'days') return { recency, frequency, monetary, scored };
  for (let r = 0; r < day.length; r++) {
    if (day[r]! > asOf) continue;
    const c = customer[r]!;
    if (!everything) monetary[c]! += amount[r]!;
    if (by === 'days') continue;
    const o = order ? order[r]! : -1;
    if (o < 0 || !seen) frequency[c]!++;
    else if (seen[o] !== c) {
      seen[o] = c;
      frequency[c]!++;
    }
  }
  return { recency, frequency, monetary, scored };
}

/**
 * Scores 1–5 by tie-aware equal-frequency bins: sort the scored values (times `direction`, so
 * −1 makes small values best) and group equal values; a tie group never straddles two scores.
 * With D distinct values, k = min(5, D) bins are cut at group boundaries, one cut after the
 * other: with b customers already binned and j bins still to fill, the next cut is the group
 * boundary nearest to b + (n − b) / j (a tie between two boundaries goes to the later one),
 * among the boundaries after b that leave at least one group for every later bin. So every
 * bin holds at least one group: all five scores hold customers as soon as there are five
 * distinct values. Bins are scored 1 … 5 when k = 5; with fewer distinct values the scores
 * are spread over 1 … 5: k = 1 → 3; 2 → 1, 5; 3 → 1, 3, 5; 4 → 1, 2, 4, 5
 * (1 + round(4 (i − 1) / (k − 1)) for bin i). Without ties and n divisible by 5 this is a
 * plain quintile split. Deterministic and independent of customer order; 0 = not scored.
 */
export function quintileScores(
  values: ArrayLike<number>,
  scored: Uint8Array,
  direction: 1 | -1,
): Uint8Array {
  let n = 0;
  for (let i = 0; i < scored.length; i++) n += scored[i]!;
  const keys = new Float64Array(n);
  const customer = new Int32Array(n);
  for (let i = 0, k = 0; i < scored.length; i++) {
    if (!scored[i]) continue;
    keys[k] = direction * values[i]! + 0; // + 0 turns −0 into 0
    customer[k++] = i;
  }
  const order = argsort(keys);
  // ends[g]: sorted position just after tie group g (its cumulative count).
  const ends: number[] = [];
  for (let lo = 0; lo < n;) {
    const key = keys[order[lo]!]!;
    let hi = lo + 1;
    while (hi < n && keys[order[hi]!] === key) hi++;
    ends.push(hi);
    lo = hi;
  }
  const scores = new Uint8Array(scored.length);
  const groups = ends.length;
  const bins = Math.min(5, groups);
  const binScore = (bin: number) =>
    bins === 1 ? 3 : bins === 5 ? bin + 1 : 1 + Math.round((4 * bin) / (bins - 1));
  let group = 0; // first group not yet binned
  let start = 0; // sorted position of that group's first customer
  for (let bin = 0; bin < bins; bin++) {
    const left = bins - bin; // bins still to fill, this one included
    let last = groups - 1; // the last bin takes every remaining group
    if (left > 1) {
      const target = start + (n - start) / left;
      const latest = groups - left; // leave one group for each later bin
      last = group;
      while (last < latest && ends[last]! < target) last++;
      // ends[last] ≥ target or last = latest; the boundary before may be nearer.
      if (last > group && target - ends[last - 1]! < ends[last]! - target) last--;
    }
    const score = binScore(bin);
    for (let k = start; k < ends[last]!; k++) scores[customer[order[k]!]!] = score;
    start = ends[last]!;
    group = last + 1;
  }
  return scores;
}
