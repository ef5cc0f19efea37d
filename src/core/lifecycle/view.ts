/**
 * What the board shows per lane: the header figures and the ordered, filtered list of
 * customers. Sorting is one argsort of all customers per key (cached by the caller), then
 * a stable pass that buckets the order into lanes — O(n) per view after the first sort.
 */
import { NO_LANE } from './placement.ts';

/** Per-customer columns the lanes are sorted, filtered and summed by (customer index). */
export interface CardColumns {
  clv: Float64Array;
  pAlive: Float64Array;
  lastDay: Int32Array;
  revenue: Float64Array;
  /** Index into the segment / channel names of the customers file; −1 unknown. */
  segment: Int32Array;
  channel: Int32Array;
  /** Value tier 0 low, 1 mid, 2 high; 255 unknown. */
  tier: Uint8Array;
}

/** CLV highest first, last purchase most recent first, P(alive) lowest (riskiest) first. */
export type LaneSort = 'clv' | 'recency' | 'pAlive';
export const LANE_SORTS: readonly LaneSort[] = ['clv', 'recency', 'pAlive'];

/** −1 = any. */
export interface LaneFilter {
  segment: number;
  channel: number;
  tier: number;
}

export const NO_FILTER: LaneFilter = { segment: -1, channel: -1, tier: -1 };

export interface LaneStats {
  count: number;
  share: number;
  /** Sum and mean of the finite CLVs (NaN when none is known). */
  clvTotal: number;
  clvMean: number;
  revenue: number;
  manual: number;
}

/** Header figures of every lane (all customers of the lane, filters aside). */
export function laneStats(
  lanes: Uint8Array,
  manual: Uint8Array,
  cards: Pick<CardColumns, 'clv' | 'revenue'>,
  laneCount: number,
): LaneStats[] {
  const stats = Array.from({ length: laneCount }, () => ({
    count: 0,
    share: 0,
    clvTotal: 0,
    clvMean: NaN,
    revenue: 0,
    manual: 0,
    known: 0,
  }));
  let placed = 0;
  for (let c = 0; c < lanes.length; c++) {
    const s = stats[lanes[c]!];
    if (!s) continue;
    placed++;
    s.count++;
    s.revenue += cards.revenue[c]!;
    s.manual += manual[c]!;
    const v = cards.clv[c]!;
    if (Number.isFinite(v)) {
      s.clvTotal += v;
      s.known++;
    }
  }
  return stats.map(({ known, ...s }) => ({
    ...s,
    share: placed ? s.count / placed : 0,
    clvTotal: known ? s.clvTotal : NaN,
    clvMean: known ? s.clvTotal / known : NaN,
  }));
}

/** All customers ordered by a sort key (unknown values last, ties by index). */
export function sortOrder(cards: CardColumns, sort: LaneSort): Int32Array {
  const n = cards.clv.length;
  const key = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    const v =
      sort === 'clv' ? -cards.clv[c]! : sort === 'recency' ? -cards.lastDay[c]! : cards.pAlive[c]!;
    key[c] = Number.isFinite(v) ? v : Infinity;
  }
  const order = new Int32Array(n);
  for (let c = 0; c < n; c++) order[c] = c;
  return order.sort((a, b) => key[a]! - key[b]! || a - b);
}

/** Whether a customer passes the filter. */
export function passes(cards: CardColumns, c: number, filter: LaneFilter): boolean {
  return (
    (filter.segment < 0 || cards.segment[c] === filter.segment) &&
    (filter.channel < 0 || cards.channel[c] === filter.channel) &&
    (filter.tier < 0 || cards.tier[c] === filter.tier)
  );
}

/** Each lane's customers in `order`, keeping those `keep` accepts. */
export function laneLists(
  lanes: Uint8Array,
  order: Int32Array,
  laneCount: number,
  keep: (c: number) => boolean,
): Int32Array[] {
  const buffers = Array.from({ length: laneCount }, () => new Int32Array(lanes.length));
  const sizes = new Int32Array(laneCount);
  for (let k = 0; k < order.length; k++) {
    const c = order[k]!;
    const lane = lanes[c]!;
    if (lane === NO_LANE || lane >= laneCount || !keep(c)) continue;
    buffers[lane]![sizes[lane]!++] = c;
  }
  return buffers.map((b, i) => b.slice(0, sizes[i]));
}
