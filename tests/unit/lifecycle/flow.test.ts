import { describe, expect, it } from 'vitest';
import {
  customerProducts,
  defaultThresholds,
  flowMatrix,
  idealProfile,
  missingProducts,
  presetConfig,
  rangeFlow,
  stageFlow,
} from '../../../src/core/index.ts';
import { purchaseDays } from './helpers.ts';

describe('stage flow between consecutive period ends', () => {
  // W = 10 days; period ends on days 10, 20, 30 (three periods, two transitions).
  // Lanes: 0 new, 1 active, 2 loyal, 3 at risk, 4 lapsed, 5 won back; 6 = not yet.
  // loyalOrders is raised to 9 and the gap factor to 100 so that only new/active/lapsed/won
  // back are in play and the states can be worked out by hand:
  //   X buys on 5, 12, 19, 26: day 10 new (10 − 5 < 10), 20 active, 30 active (gaps 7 < W).
  //   Y buys on 5:          new, then lapsed at 20 (20 − 5 ≥ 10), lapsed at 30.
  //   Z buys on 18, 25:     not yet at 10, new at 20, active at 30 (30 − 18 ≥ 10).
  //   V buys on 2, 27:      new at 10 (10 − 2 = 8 < 10), lapsed at 20, won back at 30 (gap 25).
  const config = presetConfig('default', {
    ...defaultThresholds(10),
    loyalOrders: 9,
    gapFactor: 100,
  });
  const days = Int32Array.from([10, 20, 30]);
  const flow = stageFlow(purchaseDays([[5, 12, 19, 26], [5], [18, 25], [2, 27]]), config, days);
  const S = 7;
  const at = (m: Int32Array, from: number, to: number) => m[from * S + to]!;

  it('counts each transition once', () => {
    const first = flowMatrix(flow, 1, 1);
    expect(at(first, 0, 1)).toBe(1); // X new → active
    expect(at(first, 0, 4)).toBe(2); // Y and V new → lapsed
    expect(at(first, 6, 0)).toBe(1); // Z not yet → new
    expect(first.reduce((s, v) => s + v, 0)).toBe(4);
    const second = flowMatrix(flow, 2, 2);
    expect(at(second, 1, 1)).toBe(1); // X stays active
    expect(at(second, 4, 4)).toBe(1); // Y stays lapsed
    expect(at(second, 0, 1)).toBe(1); // Z new → active
    expect(at(second, 4, 5)).toBe(1); // V lapsed → won back
  });

  it('sums a range and keeps the stock per period', () => {
    const both = flowMatrix(flow, 1, 2);
    expect(at(both, 0, 1)).toBe(2);
    expect(Array.from(flow.stock.subarray(0, S))).toEqual([3, 0, 0, 0, 0, 0, 1]);
    expect(Array.from(flow.stock.subarray(S, 2 * S))).toEqual([1, 1, 0, 0, 2, 0, 0]);
    expect(Array.from(flow.stock.subarray(2 * S, 3 * S))).toEqual([0, 2, 0, 0, 1, 1, 0]);
    expect(() => flowMatrix(flow, 0, 1)).toThrow(/invalid period range/);
  });

  it('counts each customer once from the start of a range to its end', () => {
    // Range 1–2: start = end of day 10, end = end of day 30.
    //   X new → active, Y new → lapsed, Z not yet → active, V new → won back (its lapsed
    //   spell at day 20 is inside the range and does not show).
    const whole = rangeFlow(flow, 1, 2);
    expect(at(whole, 0, 1)).toBe(1);
    expect(at(whole, 0, 4)).toBe(1);
    expect(at(whole, 6, 1)).toBe(1);
    expect(at(whole, 0, 5)).toBe(1);
    expect(whole.reduce((s, v) => s + v, 0)).toBe(4); // 4 customers, against 8 moves
    expect(flowMatrix(flow, 1, 2).reduce((s, v) => s + v, 0)).toBe(8);
    // Range 2–2 (day 20 → day 30) is the single step: the same as its moves.
    expect(Array.from(rangeFlow(flow, 2, 2))).toEqual(Array.from(flowMatrix(flow, 2, 2)));
    expect(() => rangeFlow(flow, 2, 1)).toThrow(/invalid period range/);
    expect(() => rangeFlow(flow, 1, 3)).toThrow(/invalid period range/);
  });

  it('leaves out customers who first buy after the range and starts new ones at "not yet"', () => {
    // W buys first on day 25: not yet at 10 and 20, new at 30 (30 − 25 < 10).
    const withW = stageFlow(
      purchaseDays([[5, 12, 19, 26], [5], [18, 25], [2, 27], [25]]),
      config,
      days,
    );
    // Range 1–1 ends on day 20, before W's first purchase: W is not counted.
    //   X new → active, Y new → lapsed, Z not yet → new, V new → lapsed.
    const early = rangeFlow(withW, 1, 1);
    expect(at(early, 0, 1)).toBe(1);
    expect(at(early, 0, 4)).toBe(2);
    expect(at(early, 6, 0)).toBe(1);
    expect(early.reduce((s, v) => s + v, 0)).toBe(4);
    // Range 1–2 ends on day 30: W joins from "not yet" into new; total 5 = stock at day 30.
    const whole = rangeFlow(withW, 1, 2);
    expect(at(whole, 6, 0)).toBe(1);
    expect(at(whole, 6, 1)).toBe(1);
    expect(whole.reduce((s, v) => s + v, 0)).toBe(5);
    // Nobody ends in "not yet".
    for (let from = 0; from < S; from++) expect(at(whole, from, 6)).toBe(0);
  });

  it('uses P(alive) for the at-risk rule when given', () => {
    const risky = stageFlow(purchaseDays([[5, 12, 19, 26]]), config, days, () => 0.1);
    // day 10: new wins over at risk; day 20 and 30: at risk.
    expect(at(flowMatrix(risky, 1, 1), 0, 3)).toBe(1);
    expect(at(flowMatrix(risky, 2, 2), 3, 3)).toBe(1);
  });
});

describe('cross-sell profile', () => {
  // Products 0 beans, 1 grinder, 2 mugs. Customers 0–3, value 40, 30, 20, 10.
  // Best half (best = 0.5): customers 0 and 1. Beans bought by both (share 1), grinder by
  // customer 0 only (0.5), mugs by customer 2 only (not among the best).
  const customer = Int32Array.from([0, 0, 1, 2, 3, 0]);
  const product = Int32Array.from([0, 1, 0, 2, 0, 0]);
  const cp = customerProducts(customer, product, 4, 3);
  const value = Float64Array.from([40, 30, 20, 10]);

  it('keeps the products most of the best customers buy', () => {
    const profile = idealProfile(cp, [0, 1, 2, 3], value, { best: 0.5, minShare: 0.5 });
    expect(profile).toEqual([
      { product: 0, share: 1 },
      { product: 1, share: 0.5 },
    ]);
    expect(missingProducts(cp, 2, profile)).toEqual([0, 1]);
    expect(missingProducts(cp, 1, profile)).toEqual([1]);
  });

  it('is empty for an empty lane', () => {
    expect(idealProfile(cp, [], value)).toEqual([]);
  });
});
