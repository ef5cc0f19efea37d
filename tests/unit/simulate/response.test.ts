import { describe, expect, it } from 'vitest';
import {
  ltvToCac,
  responseEffect,
  retentionLift,
  segmentOutcome,
  simulate,
  type SegmentInput,
} from '../../../src/core/index.ts';

const curve = { eMax: 0.2, k: 10 };

describe('responseEffect', () => {
  // e(c) = 0.2 · (1 − exp(−c / 10)), worked by hand:
  // exp(−1) = 0.36787944, exp(−0.5) = 0.60653066, exp(−3) = 0.04978707.
  it.each([
    [0, 0],
    [10, 0.2 * (1 - 0.36787944)], // 0.12642411
    [5, 0.2 * (1 - 0.60653066)], // 0.07869387
    [30, 0.2 * (1 - 0.04978707)], // 0.19004259
  ])('e(%d) = %f', (c, expected) => {
    expect(responseEffect(c, curve)).toBeCloseTo(expected, 7);
  });

  it('is zero for negative or missing spend and tends to e_max', () => {
    expect(responseEffect(-5, curve)).toBe(0);
    expect(responseEffect(Number.NaN, curve)).toBe(0);
    expect(responseEffect(1e6, curve)).toBeCloseTo(0.2, 12);
  });

  it('is concave: each equal step adds less than the one before', () => {
    let previous = Infinity;
    for (let c = 0; c < 50; c += 5) {
      const step = responseEffect(c + 5, curve) - responseEffect(c, curve);
      expect(step).toBeLessThan(previous);
      previous = step;
    }
  });
});

describe('segmentOutcome', () => {
  const segment: SegmentInput = {
    customers: 1000,
    p: 0.6,
    value: 200,
    spend: 10,
    fixedCost: 500,
    curve,
  };

  it('follows the formulas of docs/ARCHITECTURE.md', () => {
    const o = segmentOutcome(segment);
    const e = 0.2 * (1 - Math.exp(-1)); // 0.126424112
    // saved = N·p·e = 1000 · 0.6 · 0.126424 = 75.854467
    expect(o.saved).toBeCloseTo(1000 * 0.6 * e, 9);
    expect(o.saved).toBeCloseTo(75.854467, 5);
    // value saved = 75.854467 · 200 = 15 170.893
    expect(o.valueSaved).toBeCloseTo(15170.8935, 3);
    // cost = 1000 · 10 + 500 = 10 500; net = 4 670.89; ROI = 0.44485
    expect(o.cost).toBe(10500);
    expect(o.net).toBeCloseTo(4670.8935, 3);
    expect(o.roi).toBeCloseTo(4670.8935 / 10500, 6);
    // marginal = p·V·(e_max/k)·exp(−c/k) = 0.6 · 200 · 0.02 · 0.367879 = 0.882911
    expect(o.marginal).toBeCloseTo(0.8829107, 6);
  });

  it('costs nothing and has no ROI without spend', () => {
    const o = segmentOutcome({ ...segment, spend: 0 });
    expect([o.saved, o.cost, o.net]).toEqual([0, 0, 0]);
    expect(o.roi).toBeNaN();
    // The first unit of spend returns p·V·e_max/k = 0.6 · 200 · 0.02 = 2.4.
    expect(o.marginal).toBeCloseTo(2.4, 12);
  });

  it('marginal return matches the numerical derivative of value saved per unit of cost', () => {
    const h = 1e-4;
    const at = (c: number) => segmentOutcome({ ...segment, spend: c });
    const numeric = (at(10 + h).valueSaved - at(10 - h).valueSaved) / (1000 * 2 * h);
    expect(at(10).marginal).toBeCloseTo(numeric, 6);
  });
});

describe('totals', () => {
  const a: SegmentInput = { customers: 100, p: 0.5, value: 100, spend: 10, fixedCost: 0, curve };
  const b: SegmentInput = { customers: 300, p: 0.1, value: 20, spend: 0, fixedCost: 0, curve };

  it('adds segments and weights churn by customers', () => {
    const { outcomes, totals } = simulate([a, b]);
    const saved = 100 * 0.5 * 0.2 * (1 - Math.exp(-1)); // 6.3212
    expect(totals.retained).toBeCloseTo(saved, 9);
    expect(totals.cost).toBe(1000);
    expect(totals.valueSaved).toBeCloseTo(saved * 100, 9);
    expect(totals.net).toBeCloseTo(saved * 100 - 1000, 9);
    // Σ N·V = 100·100 + 300·20 = 16 000.
    expect(totals.clvBefore).toBe(16000);
    expect(totals.clvAfter).toBeCloseTo(16000 + saved * 100, 9);
    // churn before = (50 + 30) / 400 = 0.2; after = (80 − saved) / 400.
    expect(totals.churnBefore).toBeCloseTo(0.2, 12);
    expect(totals.churnAfter).toBeCloseTo((80 - saved) / 400, 12);
    expect(outcomes[1]!.cost).toBe(0);
  });

  it('LTV/CAC before and after, and NaN without a CAC', () => {
    const { totals } = simulate([a, b]);
    // mean CLV 16 000 / 400 = 40; CAC 20 → 2; after adds net / 400.
    expect(ltvToCac(totals, 20).before).toBe(2);
    expect(ltvToCac(totals, 20).after).toBeCloseTo((40 + totals.net / 400) / 20, 12);
    expect(ltvToCac(totals, null).before).toBeNaN();
  });

  it('checks +5 points of retention on the user numbers', () => {
    // Kept: 100 · 0.05 + 300 · 0.05 = 20; value 5·100 + 15·20 = 800 of 16 000 = 5 %.
    const lift = retentionLift([a, b]);
    expect(lift.kept).toBeCloseTo(20, 12);
    expect(lift.valueGained).toBeCloseTo(800, 9);
    expect(lift.share).toBeCloseTo(0.05, 12);
    // Churn cannot fall below zero: p = 0.02 keeps only 2 %.
    expect(retentionLift([{ customers: 100, p: 0.02, value: 1 }]).kept).toBeCloseTo(2, 12);
  });
});
