/**
 * Budget allocation across segments: greedy on marginal return, taken to the limit of small
 * steps — each next unit of money goes to the segment whose next unit saves the most value.
 * For the concave response e(c) = e_max · (1 − exp(−c / k)) that greedy has a closed form, a
 * level of marginal return that every funded segment spends down to (levels.ts); the optimiser
 * lowers the level from the highest marginal return towards 1, where return crosses cost,
 * until the total cost meets the budget. Its steps are sized by where marginal return crosses
 * cost, never by the budget, so the result is the exact optimum of the concave model for any
 * budget (with budget / 1000 chunks, 10 000 000 bought nothing where 10 000 earned +3 083).
 * Fixed costs are charged when a segment is first funded, and a fixed cost that does not fit
 * leaves its budget to the other segments — approximate, as any greedy rule for them is.
 */
import {
  DEPTH,
  costAt,
  levelAt,
  levelWithin,
  prepare,
  sweep,
  valueAt,
  type Level,
  type Prepared,
  type Swept,
} from './levels.ts';
import type { ResponseCurve } from './response.ts';

export interface AllocationSegment {
  customers: number;
  p: number;
  value: number;
  curve: ResponseCurve;
  fixedCost?: number;
  /** Spend per customer at least / at most (null or undefined: 0 / unbounded). */
  min?: number | null;
  max?: number | null;
}

export interface AllocationOptions {
  /** Stop where the next unit would save less than it costs (default true). */
  stopAtBreakEven?: boolean;
}

export interface Allocation {
  /** Spend per customer, per segment. */
  spend: number[];
  cost: number;
  valueSaved: number;
  net: number;
  /** Budget left unspent (because spending it would lose money, or caps were reached). */
  unspent: number;
  /** Why allocation stopped. */
  stoppedBy: 'budget' | 'breakEven' | 'caps';
}

function checkSegments(segments: readonly AllocationSegment[]): void {
  segments.forEach((s, i) => {
    if (!(s.curve.k > 0) || !(s.curve.eMax >= 0 && s.curve.eMax <= 1)) {
      throw new Error(`segment ${i + 1}: invalid response curve (e_max 0–1, k > 0)`);
    }
    if ((s.min ?? 0) < 0 || (s.max != null && s.max < (s.min ?? 0))) {
      throw new Error(`segment ${i + 1}: invalid bounds (0 ≤ minimum ≤ maximum)`);
    }
  });
}

/** One allocation, down to level `floorX` at most; a fixed cost that does not fit is left out. */
function solve(prepared: readonly Prepared[], budget: number, floorX: number): Level & Swept {
  const skipped = new Set<number>();
  const swept = sweep(prepared, [budget], floorX, skipped)[0]!;
  return { ...resolve(prepared, swept, budget, skipped), ...swept };
}

function resolve(
  prepared: readonly Prepared[],
  swept: Swept,
  budget: number,
  excluded?: ReadonlySet<number>,
): Level {
  return swept.binding
    ? levelWithin(prepared, swept.x, budget, excluded)
    : levelAt(prepared, swept.x, excluded);
}

/** The lowest level of a search that spends without stopping at break-even. */
function floorOf(prepared: readonly Prepared[]): number {
  const top = Math.max(-Infinity, ...prepared.map((p) => p.lnTop));
  return top > -Infinity ? top - DEPTH : 0;
}

/** Minimum spends and their cost; throws when they alone exceed the budget. */
function startingSpend(prepared: readonly Prepared[], budget: number): void {
  const cost = prepared.reduce((sum, p) => sum + costAt(p.s, p.lo), 0);
  if (cost > budget * (1 + 1e-9)) {
    throw new Error(
      `the minimum spends cost ${cost.toFixed(2)}, more than the budget ${budget.toFixed(2)}`,
    );
  }
}

function summarize(
  prepared: readonly Prepared[],
  spend: number[],
  budget: number,
  stoppedBy: Allocation['stoppedBy'],
): Allocation {
  const { cost, value: valueSaved } = netOf(prepared, spend);
  return {
    spend,
    cost,
    valueSaved,
    net: valueSaved - cost,
    unspent: Math.max(0, budget - cost),
    stoppedBy,
  };
}

/** True when every segment that spending could help spends its maximum. */
function capped(prepared: readonly Prepared[], spend: readonly number[]): boolean {
  return prepared.every((p, i) => p.lnTop === -Infinity || spend[i]! >= p.hi);
}

/** Allocates `budget` (total cost, fixed costs included) to maximise net value. */
export function allocateBudget(
  segments: readonly AllocationSegment[],
  budget: number,
  options: AllocationOptions = {},
): Allocation {
  if (!(budget >= 0) || !Number.isFinite(budget)) throw new Error(`invalid budget: ${budget}`);
  checkSegments(segments);
  const prepared = prepare(segments);
  startingSpend(prepared, budget);
  const stop = options.stopAtBreakEven ?? true;
  const solved = solve(prepared, budget, stop ? 0 : floorOf(prepared));
  const stoppedBy = solved.binding
    ? 'budget'
    : capped(prepared, solved.spend) || !stop
      ? 'caps'
      : 'breakEven';
  return summarize(prepared, solved.spend, budget, stoppedBy);
}

export interface FrontierPoint {
  budget: number;
  /** Net value when the whole budget is spent (falls once spend stops paying). */
  net: number;
  valueSaved: number;
  /** The best net value with at most this budget (spending stops at break-even). */
  best: number;
}

export interface Frontier {
  points: FrontierPoint[];
  /** The budget beyond which more spend loses money (where the marginal return falls below 1). */
  breakEven: number;
  /** Net value at the break-even budget: the most this plan can earn. */
  bestNet: number;
  /** The budget at which spending everything brings net value back to zero (null: beyond range). */
  lossBudget: number | null;
}

/** A budget range that reaches nearly full effect everywhere: Σ N · (max or 4k). */
export function frontierRange(segments: readonly AllocationSegment[]): number {
  return segments.reduce(
    (sum, s) => sum + s.customers * (s.max ?? 4 * s.curve.k) + (s.fixedCost ?? 0),
    0,
  );
}

function netOf(prepared: readonly Prepared[], spend: readonly number[]) {
  let cost = 0;
  let value = 0;
  for (let i = 0; i < prepared.length; i++) {
    cost += costAt(prepared[i]!.s, spend[i]!);
    value += valueAt(prepared[i]!.s, spend[i]!);
  }
  return { cost, value, net: value - cost };
}

/**
 * Net value against budget from 0 to `maxBudget`, at `points` evenly spaced budgets, each spent
 * whole (the exact allocation of each); where net value peaks (break-even) and where spending
 * everything brings it back to zero.
 */
export function efficientFrontier(
  segments: readonly AllocationSegment[],
  maxBudget: number,
  points = 100,
): Frontier {
  if (!(maxBudget > 0) || !Number.isFinite(maxBudget)) {
    throw new Error(`invalid budget: ${maxBudget}`);
  }
  checkSegments(segments);
  const prepared = prepare(segments);
  startingSpend(prepared, maxBudget);
  const floor = floorOf(prepared);
  const start = netOf(
    prepared,
    prepared.map((p) => p.lo),
  );
  // The peak: spending down to marginal return 1, if the range reaches it.
  const peak = solve(prepared, maxBudget, 0);
  const peakNet = netOf(prepared, peak.spend);
  const reached = !peak.binding;
  const out: FrontierPoint[] = [
    { budget: start.cost, net: start.net, valueSaved: start.value, best: start.net },
  ];
  let best = start.net;
  const budgets = Array.from({ length: points }, (_, j) => ((j + 1) / points) * maxBudget);
  const solved = sweep(prepared, budgets, floor).map((swept, j) => ({
    ...resolve(prepared, swept, budgets[j]!),
    ...swept,
  }));
  const nets = solved.map((level, j) => {
    const at = netOf(prepared, level.spend);
    best = Math.max(best, at.net, reached && budgets[j]! >= peak.cost ? peakNet.net : -Infinity);
    out.push({ budget: budgets[j]!, net: at.net, valueSaved: at.value, best });
    return at.net;
  });
  const last = solved.at(-1);
  const bestNet = reached ? peakNet.net : best;
  // Past the peak, net falls as the level drops below 1: bisect for where it crosses zero,
  // between the last sampled level with net ≥ 0 and the first with net < 0.
  let lossBudget: number | null = null;
  const first = nets.findIndex((net, j) => net < 0 && budgets[j]! >= peak.cost);
  if (reached && bestNet > 0 && first >= 0) {
    let low = solved[first]!.x;
    const before = solved[first - 1];
    let high = before && before.x < 0 && nets[first - 1]! >= 0 ? before.x : 0;
    let over: Level = solved[first]!;
    for (let i = 0; i < 100 && high - low > 1e-10 * Math.max(1, Math.abs(low)); i++) {
      const mid = (low + high) / 2;
      const level = levelAt(prepared, mid);
      if (netOf(prepared, level.spend).net < 0) {
        low = mid;
        over = level;
      } else {
        high = mid;
      }
    }
    lossBudget = over.cost;
  }
  return {
    points: out,
    breakEven: reached ? peak.cost : (last?.cost ?? start.cost),
    bestNet,
    lossBudget,
  };
}
