/**
 * The contact plan (docs/ARCHITECTURE.md, "Contact plan"): reach each customer just before
 * their next expected purchase, within a call centre's daily capacity, never closer than a
 * cooldown to their previous contact.
 *
 * - Rhythm r = the median gap in days between consecutive distinct purchase days before the
 *   plan's start F (even count: the mean of the two middle gaps, rounded half up). Fewer than
 *   two purchase days before F: no rhythm (the onboarding list). No purchase before F: not in
 *   the plan at all.
 * - Expected purchases e_k = last purchase day before F + k · r, k ≥ 1.
 * - e_1 < F − r: lapsed (the win-back list, no contact). e_1 in [F − r, F + L): overdue, one
 *   contact on F for e_1. Every other e_k with e_k − L in [F, F + D): a contact on e_k − L (due).
 * - Cooldown K: walking a customer's contacts in date order, one closer than max(K, 1) days to
 *   the previous kept one is dropped (so a customer is never contacted twice on one day).
 * - Capacity C a day: each day takes its contacts and those pushed from the day before, keeps
 *   the C of highest priority (predicted CLV, then P(alive), then the customer's index; a
 *   customer's own contacts by planned day) and pushes the rest to the next day. A contact pushed past the
 *   horizon, or pushed to fewer than max(K, 1) days after the customer's previous placed
 *   contact, is unscheduled; so contacts + unscheduled = the cooldown-filtered list.
 */
export type ContactReason = 'overdue' | 'due';

export interface ContactPlanOptions {
  /** First day of the plan (day number, F). */
  from: number;
  /** Horizon in days (D ≥ 1). */
  days: number;
  /** Lead in days (L ≥ 0). */
  lead: number;
  /** Contacts a day (C ≥ 1); Infinity for no limit. */
  capacity: number;
  /** Cooldown in days (K ≥ 0). */
  cooldown: number;
}

/** Distinct purchase days per customer, ascending (a `CustomerTimeline` fits). */
export interface ContactPurchases {
  /** Customer i's days are `days[offsets[i]] … days[offsets[i + 1] − 1]`. */
  offsets: Int32Array;
  days: Int32Array;
}

/** Per customer index: the priority inputs (NaN where unknown ranks lowest). */
export interface ContactPriority {
  clv: Float64Array;
  pAlive: Float64Array;
}

export interface ContactPlan {
  options: ContactPlanOptions;
  /** The placed contacts, by date then priority: customer index, day, expected day, … */
  customer: Int32Array;
  date: Int32Array;
  expected: Int32Array;
  /** 0 = overdue, 1 = due. */
  reason: Uint8Array;
  /** Days the contact was pushed by the capacity (0 = on its planned day). */
  pushed: Int32Array;
  /** Contacts per day of the horizon, and how many of them were pushed there. */
  load: Int32Array;
  pushedLoad: Int32Array;
  /** Contacts of the cooldown-filtered list left out: pushed past the horizon or too close. */
  unscheduled: number;
  /** Contacts the cooldown dropped before capacity. */
  cooldownDropped: number;
  /** Per customer index: rhythm in days (−1 none) and last purchase day before F (−1 none). */
  rhythm: Int32Array;
  lastDay: Int32Array;
  /** Customer indexes of the lapsed (win-back) and no-rhythm (onboarding) lists. */
  lapsed: Int32Array;
  noRhythm: Int32Array;
}

export const REASONS: readonly ContactReason[] = ['overdue', 'due'];

/** Checks the plan's options, naming the first bad one. */
export function checkContactOptions(o: ContactPlanOptions): ContactPlanOptions {
  if (!Number.isInteger(o.from)) throw new Error(`invalid from: ${o.from}`);
  if (!Number.isInteger(o.days) || o.days < 1 || o.days > 3660)
    throw new Error(`invalid days: ${o.days} (a whole number, 1–3660)`);
  if (!Number.isInteger(o.lead) || o.lead < 0 || o.lead > 3660)
    throw new Error(`invalid lead: ${o.lead} (a whole number of days, 0–3660)`);
  if (!(o.capacity === Infinity || (Number.isInteger(o.capacity) && o.capacity >= 1)))
    throw new Error(`invalid capacity: ${o.capacity} (a whole number ≥ 1, or unlimited)`);
  if (!Number.isInteger(o.cooldown) || o.cooldown < 0 || o.cooldown > 3660)
    throw new Error(`invalid cooldown: ${o.cooldown} (a whole number of days, 0–3660)`);
  return o;
}

/**
 * The median of the first n sorted gaps (all by default); an even count gives the mean of the
 * two middle ones, rounded half up.
 */
export function medianGap(sorted: ArrayLike<number>, n = sorted.length): number {
  const h = n >> 1;
  return n % 2 === 1 ? sorted[h]! : Math.floor((sorted[h - 1]! + sorted[h]! + 1) / 2);
}

/** Rank per customer index: 0 = highest priority (CLV desc, P(alive) desc, index asc). */
export function priorityRank(priority: ContactPriority, customers: number): Int32Array {
  const key = (a: Float64Array) => {
    const out = new Float64Array(customers).fill(-Infinity);
    for (let i = 0; i < customers && i < a.length; i++) if (a[i]! === a[i]!) out[i] = a[i]!;
    return out;
  };
  const clv = key(priority.clv);
  const pAlive = key(priority.pAlive);
  const order = new Int32Array(customers);
  for (let i = 0; i < customers; i++) order[i] = i;
  // Equal keys (−∞ − −∞ is NaN, falsy) fall through to the next comparison.
  order.sort((a, b) => clv[b]! - clv[a]! || pAlive[b]! - pAlive[a]! || a - b);
  const rank = new Int32Array(customers);
  for (let r = 0; r < customers; r++) rank[order[r]!] = r;
  return rank;
}

/** Min-heap of contact ids by a numeric key, in preallocated typed arrays. */
class Heap {
  readonly #ids: Int32Array;
  readonly #keys: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.#ids = new Int32Array(capacity);
    this.#keys = new Float64Array(capacity);
  }
  push(id: number, key: number): void {
    const ids = this.#ids;
    const keys = this.#keys;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      ids[i] = ids[p]!;
      keys[i] = keys[p]!;
      i = p;
    }
    ids[i] = id;
    keys[i] = key;
  }
  pop(): number {
    const ids = this.#ids;
    const keys = this.#keys;
    const top = ids[0]!;
    const n = --this.size;
    const lastId = ids[n]!;
    const lastKey = keys[n]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && keys[r]! < keys[l]! ? r : l;
      if (keys[c]! >= lastKey) break;
      ids[i] = ids[c]!;
      keys[i] = keys[c]!;
      i = c;
    }
    ids[i] = lastId;
    keys[i] = lastKey;
    return top;
  }
}

/** The contact plan over customers' distinct purchase days (see the module comment). */
export function contactPlan(
  purchases: ContactPurchases,
  priority: ContactPriority,
  options: ContactPlanOptions,
): ContactPlan {
  const { from: F, days: D, lead: L, capacity: C, cooldown: K } = checkContactOptions(options);
  const gapMin = Math.max(K, 1);
  const customers = purchases.offsets.length - 1;
  const rhythm = new Int32Array(customers).fill(-1);
  const lastDay = new Int32Array(customers).fill(-1);
  const lapsed: number[] = [];
  const noRhythm: number[] = [];
  // The cooldown-filtered list, grouped by planned day.
  const candCustomer: number[] = [];
  const candDay: number[] = [];
  const candExpected: number[] = [];
  const candReason: number[] = [];
  let cooldownDropped = 0;
  const { offsets, days } = purchases;
  let gaps = new Int32Array(64);
  for (let c = 0; c < customers; c++) {
    const a = offsets[c]!;
    let b = offsets[c + 1]!;
    while (b > a && days[b - 1]! >= F) b--;
    if (b === a) continue;
    const last = days[b - 1]!;
    lastDay[c] = last;
    if (b - a < 2) {
      noRhythm.push(c);
      continue;
    }
    const m = b - a - 1;
    if (m > gaps.length) gaps = new Int32Array(m * 2);
    // Insertion sort: a customer has a handful of gaps.
    for (let j = 0; j < m; j++) {
      const g = days[a + j + 1]! - days[a + j]!;
      let i = j;
      while (i > 0 && gaps[i - 1]! > g) {
        gaps[i] = gaps[i - 1]!;
        i--;
      }
      gaps[i] = g;
    }
    const r = medianGap(gaps, m);
    rhythm[c] = r;
    const e1 = last + r;
    if (e1 < F - r) {
      lapsed.push(c);
      continue;
    }
    let prev = -Infinity;
    let k = 1;
    if (e1 < F + L) {
      prev = F;
      candCustomer.push(c);
      candDay.push(F);
      candExpected.push(e1);
      candReason.push(0);
      k = 2;
    }
    // First k with e_k − L ≥ F, then every e_k with e_k − L < F + D.
    for (k = Math.max(k, Math.ceil((F + L - last) / r)); last + k * r - L < F + D; k++) {
      const e = last + k * r;
      if (e - L - prev < gapMin) {
        cooldownDropped++;
        continue;
      }
      prev = e - L;
      candCustomer.push(c);
      candDay.push(e - L);
      candExpected.push(e);
      candReason.push(1);
    }
  }
  const n = candCustomer.length;
  // Contacts by planned day (counting sort over the horizon).
  const dayStart = new Int32Array(D + 1);
  for (let i = 0; i < n; i++) dayStart[candDay[i]! - F + 1]!++;
  for (let d = 0; d < D; d++) dayStart[d + 1]! += dayStart[d]!;
  const byDay = new Int32Array(n);
  const cursor = dayStart.slice(0, D);
  for (let i = 0; i < n; i++) byDay[cursor[candDay[i]! - F]!++] = i;
  // Priority: CLV desc, P(alive) desc, lower customer index; then the earlier planned day.
  const rank = priorityRank(priority, customers);
  const heap = new Heap(n);
  const span = D + 1;
  const lastPlaced = new Float64Array(customers).fill(-Infinity);
  const outCustomer = new Int32Array(n);
  const outDate = new Int32Array(n);
  const outExpected = new Int32Array(n);
  const outReason = new Uint8Array(n);
  const outPushed = new Int32Array(n);
  const load = new Int32Array(D);
  const pushedLoad = new Int32Array(D);
  let placed = 0;
  let unscheduled = 0;
  for (let d = 0; d < D; d++) {
    for (let j = dayStart[d]!; j < dayStart[d + 1]!; j++) {
      const i = byDay[j]!;
      heap.push(i, rank[candCustomer[i]!]! * span + (candDay[i]! - F));
    }
    const day = F + d;
    while (heap.size > 0 && load[d]! < C) {
      const i = heap.pop();
      const c = candCustomer[i]!;
      if (day - lastPlaced[c]! < gapMin) {
        unscheduled++;
        continue;
      }
      lastPlaced[c] = day;
      outCustomer[placed] = c;
      outDate[placed] = day;
      outExpected[placed] = candExpected[i]!;
      outReason[placed] = candReason[i]!;
      const pushed = day - candDay[i]!;
      outPushed[placed] = pushed;
      load[d]!++;
      if (pushed > 0) pushedLoad[d]!++;
      placed++;
    }
  }
  unscheduled += heap.size;
  return {
    options: { from: F, days: D, lead: L, capacity: C, cooldown: K },
    customer: outCustomer.slice(0, placed),
    date: outDate.slice(0, placed),
    expected: outExpected.slice(0, placed),
    reason: outReason.slice(0, placed),
    pushed: outPushed.slice(0, placed),
    load,
    pushedLoad,
    unscheduled,
    cooldownDropped,
    rhythm,
    lastDay,
    lapsed: Int32Array.from(lapsed),
    noRhythm: Int32Array.from(noRhythm),
  };
}
