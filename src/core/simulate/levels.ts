/**
 * The level search behind the optimiser (allocate.ts). Greedy on marginal return, taken to
 * small steps, always funds the segment whose next unit of money saves the most; so when the
 * marginal return has come down to r = e^x, every funded segment spends
 * c(x) = k · (ln(p · V · e_max / k) − x), the spend at which its own marginal return
 * p · V · e′(c) equals r, clipped to its minimum and maximum. Total cost is then piecewise
 * linear in x, with a kink where a segment starts spending and where it reaches its maximum,
 * and one sweep down the kinks finds, for any budget, the level where cost meets it — exactly,
 * and in steps set by where each segment's marginal return crosses the level, not by the size
 * of the budget. A segment with a fixed cost joins at the level below which what it saves
 * returns at least r per unit of its whole cost, fixed cost included (cost jumps there). Value
 * saved is N · p · V · e(c) with e of response.ts, inlined on flat copies of the figures.
 */
import type { AllocationSegment } from './allocate.ts';

/** A segment's figures, copied flat so that the search's loops run on one object shape. */
export interface Figures {
  customers: number;
  /** N · p · V: value saved at full effect over e_max. */
  scale: number;
  eMax: number;
  k: number;
  fixed: number;
}

function figures(s: AllocationSegment): Figures {
  const { customers, p, value, curve } = s;
  return {
    customers,
    scale: customers * p * value,
    eMax: curve.eMax,
    k: curve.k,
    fixed: s.fixedCost ?? 0,
  };
}

/** Value saved in a segment at spend c per customer: N · p · V · e(c). */
export function valueAt(f: Figures, c: number): number {
  return c > 0 ? f.scale * (f.eMax * -Math.expm1(-c / f.k)) : 0;
}

/** N · c plus the fixed cost, once anything is spent. */
export function costAt(f: Figures, c: number): number {
  return c > 0 ? f.customers * c + f.fixed : 0;
}

/** A segment ready for the search. */
export interface Prepared {
  s: Figures;
  /** ln of the marginal return at no spend, ln(p · V · e_max / k); −∞ when spend cannot help. */
  lnTop: number;
  lo: number;
  hi: number;
  /** Funded at levels x at or below this (+∞: always; −∞: never). */
  fundBelow: number;
}

/** The levels searched reach e^−DEPTH of the highest marginal return. */
export const DEPTH = 700;

function spendAtX(p: Prepared, x: number): number {
  if (!(p.lnTop > x)) return p.lo;
  return Math.min(p.hi, Math.max(p.lo, p.s.k * (p.lnTop - x)));
}

/**
 * Where a segment with a fixed cost (and no minimum) becomes worth funding: the highest x at
 * which value saved ≥ e^x · cost. value − e^x · cost only grows as x falls (its derivative in
 * e^x is −cost), so bisection finds it.
 */
function fundingLevel(p: Prepared): number {
  const worth = (x: number) => {
    const c = spendAtX(p, x);
    return c > 0 && valueAt(p.s, c) >= Math.exp(x) * costAt(p.s, c);
  };
  let low = p.lnTop - DEPTH;
  let high = p.lnTop;
  if (!worth(low)) return -Infinity;
  for (let i = 0; i < 100 && high - low > 1e-13 * Math.max(1, Math.abs(low)); i++) {
    const mid = (low + high) / 2;
    if (worth(mid)) low = mid;
    else high = mid;
  }
  return low;
}

export function prepare(segments: readonly AllocationSegment[]): Prepared[] {
  return segments.map((s) => {
    const lo = s.min ?? 0;
    const helps = s.customers > 0 && s.p > 0 && s.value > 0 && s.curve.eMax > 0;
    const p: Prepared = {
      s: figures(s),
      lnTop: helps ? Math.log((s.p * s.value * s.curve.eMax) / s.curve.k) : -Infinity,
      lo,
      hi: s.max ?? Infinity,
      fundBelow: Infinity,
    };
    if (helps && lo === 0 && (s.fixedCost ?? 0) > 0) p.fundBelow = fundingLevel(p);
    return p;
  });
}

/** What the segments spend at level x (segments in `excluded` stay at their minimum). */
export interface Level {
  x: number;
  spend: number[];
  cost: number;
}

export function levelAt(
  prepared: readonly Prepared[],
  x: number,
  excluded?: ReadonlySet<number>,
): Level {
  const spend = new Array<number>(prepared.length);
  let cost = 0;
  for (let i = 0; i < prepared.length; i++) {
    const p = prepared[i]!;
    const c = excluded?.has(i) || x > p.fundBelow ? p.lo : spendAtX(p, x);
    spend[i] = c;
    cost += costAt(p.s, c);
  }
  return { x, spend, cost };
}

export interface Swept {
  x: number;
  /** True when the budget, not the floor, stopped the spending. */
  binding: boolean;
  /** The segment whose fixed cost did not fit (−1: none). */
  blocked: number;
}

interface Kink {
  x: number;
  /** Cost added per unit that x falls, from here down. */
  slope: number;
  /** Cost added at once (a fixed cost, with the spend the segment starts at). */
  jump: number;
  index: number;
}

function kinksOf(prepared: readonly Prepared[]) {
  let base = 0;
  const kinks: Kink[] = [];
  prepared.forEach((p, index) => {
    if (p.fundBelow === -Infinity || p.lnTop === -Infinity) {
      base += costAt(p.s, p.lo);
      return;
    }
    const { customers, k } = p.s;
    const rate = customers * k;
    const capX = p.hi < Infinity ? p.lnTop - p.hi / k : -Infinity;
    if (p.fundBelow === Infinity) {
      base += costAt(p.s, p.lo);
      kinks.push({ x: p.lnTop - p.lo / k, slope: rate, jump: 0, index });
      if (capX > -Infinity) kinks.push({ x: capX, slope: -rate, jump: 0, index });
      return;
    }
    const x = p.fundBelow;
    const c = spendAtX(p, x);
    const rising = x > capX;
    kinks.push({ x, slope: rising ? rate : 0, jump: costAt(p.s, c), index });
    if (rising && capX > -Infinity) kinks.push({ x: capX, slope: -rate, jump: 0, index });
  });
  kinks.sort((a, b) => b.x - a.x);
  return { base, kinks };
}

/**
 * The level where cost meets each budget (ascending), never below `floorX`, in one sweep down
 * the kinks. A fixed cost that does not fit stops the sweep just above its level — or, given
 * `skipped` (one budget), its segment is left out and added to `skipped`, and the sweep goes on.
 */
export function sweep(
  prepared: readonly Prepared[],
  budgets: readonly number[],
  floorX: number,
  skipped?: Set<number>,
): Swept[] {
  const { base, kinks } = kinksOf(prepared);
  const out: Swept[] = [];
  let x = Infinity;
  let cost = base;
  let slope = 0;
  let e = 0;
  let floored = false;
  for (const budget of budgets) {
    for (;;) {
      if (floored) {
        out.push({ x: floorX, binding: false, blocked: -1 });
        break;
      }
      if (skipped?.has(kinks[e]?.index ?? -1)) {
        e++;
        continue;
      }
      const kink = e < kinks.length && kinks[e]!.x >= floorX ? kinks[e]! : null;
      const next = kink ? kink.x : floorX;
      const there = slope > 0 ? cost + slope * (x - next) : cost;
      if (there > budget) {
        out.push({ x: x - (budget - cost) / slope, binding: true, blocked: -1 });
        break;
      }
      x = next;
      cost = there;
      if (!kink) {
        floored = true;
      } else if (kink.jump > 0 && cost + kink.jump > budget) {
        if (!skipped) {
          out.push({ x, binding: true, blocked: kink.index });
          break;
        }
        skipped.add(kink.index);
        e++;
      } else {
        cost += kink.jump;
        slope += kink.slope;
        e++;
      }
    }
  }
  return out;
}

/** The level at x, nudged up where rounding (or a fixed cost's level) puts it over budget. */
export function levelWithin(
  prepared: readonly Prepared[],
  x: number,
  budget: number,
  excluded?: ReadonlySet<number>,
): Level {
  let level = levelAt(prepared, x, excluded);
  for (let step = 1e-14; level.cost > budget && step < 1e3; step *= 4) {
    level = levelAt(prepared, x + step * Math.max(1, Math.abs(x)), excluded);
  }
  return level;
}
