import { describe, expect, it } from 'vitest';
import {
  NO_LANE,
  applyOverrides,
  checkConfig,
  defaultThresholds,
  laneCounts,
  presetConfig,
  ruleLanes,
} from '../../../src/core/index.ts';
import { purchaseDays } from './helpers.ts';

// Day 1000 is "today"; W = 30 days, loyal from 4 purchase days, at risk under P(alive) 0.5
// or past 2 × the mean gap; commitment after 365 days.
const END = 1000;
const thresholds = defaultThresholds(30);
const board = presetConfig('default', thresholds);
const lane = (id: string) => board.lanes.findIndex((l) => l.id === id);

function place(customers: number[][], pAlive: number[] = [], config = board) {
  const p = purchaseDays(customers);
  const alive = Float64Array.from(customers, (_, i) => pAlive[i] ?? NaN);
  return ruleLanes(p, alive, END, config);
}

describe('default rules on hand-made customers', () => {
  // Each case: purchase days, P(alive) (NaN = unknown), the lane worked out by hand.
  const cases: [string, number[], number, string][] = [
    // first purchase 10 days ago (< W = 30) → new
    ['first purchase within W', [990], NaN, 'new'],
    // first purchase 40 days ago, gaps 25 and 10 (< W), recency 5 ≤ 2 × 17.5 → active
    ['recent repeat buyer', [960, 985, 995], 0.9, 'active'],
    // 4 purchase days, gaps 20 → loyal (4 ≥ 4), recency 10 ≤ 40
    ['frequent buyer', [930, 950, 970, 990], 0.95, 'loyal'],
    // loyal by frequency but P(alive) 0.3 < 0.5 → at risk (at risk outranks loyal)
    ['low P(alive)', [930, 950, 970, 990], 0.3, 'atRisk'],
    // mean gap (980 − 900)/4 = 20; recency 25 > 2 × 20 = 40? no → loyal; see next case
    ['inside usual gap', [900, 920, 940, 960, 980], NaN, 'loyal'],
    // mean gap (975 − 955)/2 = 10; recency 25 > 20 → at risk although P(alive) unknown
    ['past the usual gap', [955, 965, 975], NaN, 'atRisk'],
    // last purchase 30 days ago = W → no purchase in (970, 1000] → lapsed
    ['no purchase within W', [900, 970], 0.99, 'lapsed'],
    // gap 960 − 900 = 60 ≥ W but the return (960) was 40 days ago ≥ W → active again
    ['returned long ago', [900, 960, 985], 0.9, 'active'],
    // gap 985 − 900 = 85 ≥ W and the return 15 days ago < W → won back
    ['bought again after lapsing', [800, 900, 985], 0.9, 'wonBack'],
    // one purchase 29 days ago: still new (1000 − 971 = 29 < 30)
    ['new until W passes', [971], NaN, 'new'],
  ];
  it.each(cases)('%s', (_, days, pAlive, expected) => {
    const lanes = place([days], [pAlive]);
    expect(board.lanes[lanes[0]!]!.id).toBe(expected);
  });

  it('ignores purchases after the placement day and leaves non-buyers unplaced', () => {
    const lanes = place([[1005], [990, 1010]]);
    expect(lanes[0]).toBe(NO_LANE);
    expect(lanes[1]).toBe(lane('new'));
  });

  it('re-places when a threshold changes', () => {
    // 3 purchase days: active with loyalOrders = 4, loyal with 3.
    const days = [[960, 975, 990]];
    expect(place(days, [0.9])[0]).toBe(lane('active'));
    const looser = { ...board, thresholds: { ...thresholds, loyalOrders: 3 } };
    expect(place(days, [0.9], looser)[0]).toBe(lane('loyal'));
  });

  it('sends the customers of a removed lane to the next matching rule', () => {
    const withoutWonBack = { ...board, lanes: board.lanes.filter((l) => l.id !== 'wonBack') };
    const lanes = place([[800, 900, 985]], [0.9], withoutWonBack);
    expect(withoutWonBack.lanes[lanes[0]!]!.id).toBe('active');
  });
});

describe('seed 001 preset', () => {
  const seed = presetConfig('seed001', thresholds);
  const cases: [string, number[], string][] = [
    ['one recent purchase', [990], 'awareness'],
    ['a few purchases', [950, 970, 990], 'exploration'],
    ['frequent, young relationship', [930, 950, 970, 990], 'expansion'],
    ['frequent for over a year', [600, 800, 950, 990], 'commitment'],
    ['lapsed', [500, 900], 'dissolution'],
  ];
  it.each(cases)('%s', (_, days, expected) => {
    const lanes = place([days], [0.9], seed);
    expect(seed.lanes[lanes[0]!]!.id).toBe(expected);
  });
});

describe('override precedence', () => {
  const rule = Uint8Array.from([0, 1, 2, NO_LANE]);
  const ids = board.lanes.map((l) => l.id);

  it('an override wins over the rule and is marked manual', () => {
    const placed = applyOverrides(rule, ids, [{ customer: 0, lane: 'lapsed' }]);
    expect(Array.from(placed.lanes)).toEqual([lane('lapsed'), 1, 2, NO_LANE]);
    expect(Array.from(placed.manual)).toEqual([1, 0, 0, 0]);
  });

  it('an override to a removed lane is ignored and counted', () => {
    const placed = applyOverrides(rule, ids, [{ customer: 1, lane: 'gone' }]);
    expect(Array.from(placed.lanes)).toEqual(Array.from(rule));
    expect(placed.orphaned).toBe(1);
  });

  it('survives a rule change: the rule lanes change, the overridden customer does not', () => {
    const days = purchaseDays([[990], [990]]);
    const before = ruleLanes(days, new Float64Array(2).fill(NaN), END, board);
    const overrides = [{ customer: 0, lane: 'loyal' }];
    const narrower = { ...board, thresholds: { ...thresholds, window: 5 } };
    const after = ruleLanes(days, new Float64Array(2).fill(NaN), END, narrower);
    expect(Array.from(before)).toEqual([lane('new'), lane('new')]);
    expect(Array.from(after)).toEqual([lane('lapsed'), lane('lapsed')]);
    expect(applyOverrides(after, ids, overrides).lanes[0]).toBe(lane('loyal'));
  });

  it('counts customers per lane', () => {
    expect(Array.from(laneCounts(Uint8Array.from([0, 0, 2, NO_LANE]), 3))).toEqual([2, 0, 1]);
  });
});

describe('checkConfig', () => {
  it('names the bad threshold', () => {
    const bad = { ...board, thresholds: { ...thresholds, window: 0 } };
    expect(() => checkConfig(bad)).toThrow(/invalid window: 0/);
    expect(() => checkConfig({ ...board, lanes: [] })).toThrow(/at least one lane/);
  });
});
