/**
 * Budget allocation across segments: the budget is cut into equal chunks and each chunk goes
 * to the segment whose next chunk saves the most value (greedy on marginal return). With
 * concave responses and no fixed costs this is exactly optimal over allocations in whole
 * chunks (the best j chunks are the j largest marginal gains); fixed costs are charged when a
 * segment is first funded, which the greedy rule handles approximately.
 */
import { responseEffect, type ResponseCurve } from './response.ts';

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
  /** Chunks the budget is cut into (default 1000). */
  chunks?: number;
  /** Stop when the next chunk would save less than it costs (default true). */
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

/** Value saved in a segment at spend c per customer. */
function valueAt(s: AllocationSegment, c: number): number {
  return s.customers * s.p * s.value * responseEffect(c, s.curve);
}

function costAt(s: AllocationSegment, c: number): number {
  return c > 0 ? s.customers * c + (s.fixedCost ?? 0) : 0;
}

interface Step {
  index: number;
  next: number;
  gain: number;
  cost: number;
}

/** The segment whose next chunk gives the most value per unit of cost, within `room`. */
function bestStep(
  segments: readonly AllocationSegment[],
  spend: readonly number[],
  chunk: number,
  room: number,
): Step | null {
  let best: Step | null = null;
  segments.forEach((s, index) => {
    if (!(s.customers > 0)) return;
    const c = spend[index]!;
    const cap = s.max ?? Infinity;
    if (c >= cap) return;
    const next = Math.min(cap, c + chunk / s.customers);
    const cost = costAt(s, next) - costAt(s, c);
    if (cost > room * (1 + 1e-9) || cost <= 0) return;
    const gain = valueAt(s, next) - valueAt(s, c);
    if (!best || gain / cost > best.gain / best.cost) best = { index, next, gain, cost };
  });
  return best;
}

/** Minimum spends and their cost; throws when they alone exceed the budget. */
function startingSpend(segments: readonly AllocationSegment[], budget: number): number[] {
  const spend = segments.map((s) => s.min ?? 0);
  const cost = segments.reduce((sum, s, i) => sum + costAt(s, spend[i]!), 0);
  if (cost > budget * (1 + 1e-9)) {
    throw new Error(
      `the minimum spends cost ${cost.toFixed(2)}, more than the budget ${budget.toFixed(2)}`,
    );
  }
  return spend;
}

function summarize(
  segments: readonly AllocationSegment[],
  spend: number[],
  budget: number,
  stoppedBy: Allocation['stoppedBy'],
): Allocation {
  let cost = 0;
  let valueSaved = 0;
  segments.forEach((s, i) => {
    cost += costAt(s, spend[i]!);
    valueSaved += valueAt(s, spend[i]!);
  });
  return {
    spend,
    cost,
    valueSaved,
    net: valueSaved - cost,
    unspent: Math.max(0, budget - cost),
    stoppedBy,
  };
}

/** Allocates `budget` (total cost, fixed costs included) to maximise net value. */
export function allocateBudget(
  segments: readonly AllocationSegment[],
  budget: number,
  options: AllocationOptions = {},
): Allocation {
  if (!(budget >= 0) || !Number.isFinite(budget)) throw new Error(`invalid budget: ${budget}`);
  checkSegments(segments);
  const chunks = options.chunks ?? 1000;
  const stop = options.stopAtBreakEven ?? true;
  const spend = startingSpend(segments, budget);
  const chunk = budget / chunks;
  let room = budget - segments.reduce((sum, s, i) => sum + costAt(s, spend[i]!), 0);
  if (chunk <= 0) return summarize(segments, spend, budget, 'budget');
  for (;;) {
    const step = bestStep(segments, spend, chunk, room);
    if (!step) return summarize(segments, spend, budget, room < chunk ? 'budget' : 'caps');
    if (stop && step.gain < step.cost) return summarize(segments, spend, budget, 'breakEven');
    spend[step.index] = step.next;
    room -= step.cost;
  }
}

export interface FrontierPoint {
  budget: number;
  /** Net value when the whole budget is spent greedily (falls once spend stops paying). */
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

/**
 * Net value against budget from 0 to `maxBudget`: one greedy pass that spends everything
 * (each budget's allocation extends the previous one's), sampled at `points` budgets.
 */
export function efficientFrontier(
  segments: readonly AllocationSegment[],
  maxBudget: number,
  points = 100,
  perPoint = 10,
): Frontier {
  if (!(maxBudget > 0) || !Number.isFinite(maxBudget)) {
    throw new Error(`invalid budget: ${maxBudget}`);
  }
  checkSegments(segments);
  const spend = startingSpend(segments, maxBudget);
  let cost = segments.reduce((sum, s, i) => sum + costAt(s, spend[i]!), 0);
  let value = segments.reduce((sum, s, i) => sum + valueAt(s, spend[i]!), 0);
  const chunk = maxBudget / (points * perPoint);
  const out: FrontierPoint[] = [
    { budget: cost, net: value - cost, valueSaved: value, best: value - cost },
  ];
  let best = value - cost;
  let breakEven: number | null = null;
  let bestNet = best;
  let lossBudget: number | null = null;
  for (let i = 1; i <= points * perPoint; i++) {
    const step = bestStep(segments, spend, chunk, maxBudget - cost);
    if (step) {
      if (breakEven === null && step.gain < step.cost) {
        breakEven = cost;
        bestNet = value - cost;
      }
      spend[step.index] = step.next;
      cost += step.cost;
      value += step.gain;
      if (lossBudget === null && breakEven !== null && value - cost < 0 && bestNet > 0) {
        lossBudget = cost;
      }
    }
    best = Math.max(best, value - cost);
    if (i % perPoint === 0) {
      out.push({
        budget: (i / (points * perPoint)) * maxBudget,
        net: value - cost,
        valueSaved: value,
        best,
      });
    }
  }
  return {
    points: out,
    breakEven: breakEven ?? cost,
    bestNet: breakEven === null ? best : bestNet,
    lossBudget,
  };
}
