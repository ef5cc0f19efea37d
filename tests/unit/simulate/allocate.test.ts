import { describe, expect, it } from 'vitest';
import {
  allocateBudget,
  efficientFrontier,
  frontierRange,
  type AllocationSegment,
} from '../../../src/core/index.ts';

const segments: AllocationSegment[] = [
  { customers: 100, p: 0.8, value: 300, curve: { eMax: 0.2, k: 10 } },
  { customers: 400, p: 0.3, value: 80, curve: { eMax: 0.1, k: 2 } },
  { customers: 50, p: 0.5, value: 1000, curve: { eMax: 0.3, k: 40 } },
];

describe('allocateBudget', () => {
  it('stops where the next unit would lose money and says so', () => {
    const a = allocateBudget(segments, 1e6);
    expect(a.stoppedBy).toBe('breakEven');
    expect(a.unspent).toBeGreaterThan(0);
    // At the stop every segment's marginal return p·V·e′(c) is 1, or spend is 0 and it is below 1.
    segments.forEach((s, i) => {
      const c = a.spend[i]!;
      const marginal = ((s.p * s.value * s.curve.eMax) / s.curve.k) * Math.exp(-c / s.curve.k);
      if (c > 0) expect(marginal).toBeCloseTo(1, 9);
      else expect(marginal).toBeLessThanOrEqual(1);
    });
  });

  it('honours per-segment minimum and maximum spend', () => {
    const bounded = segments.map((s, i) => ({
      ...s,
      min: i === 1 ? 1 : null,
      max: i === 2 ? 5 : null,
    }));
    const a = allocateBudget(bounded, 5000);
    expect(a.spend[1]).toBeGreaterThanOrEqual(1);
    expect(a.spend[2]).toBeLessThanOrEqual(5 + 1e-9);
    expect(a.cost).toBeLessThanOrEqual(5000 + 1e-6);
  });

  it('refuses minimums above the budget and a bad budget', () => {
    const bounded = segments.map((s) => ({ ...s, min: 10 }));
    expect(() => allocateBudget(bounded, 100)).toThrow(
      /minimum spends cost 5500.00, more than the budget 100.00/,
    );
    expect(() => allocateBudget(segments, -1)).toThrow('invalid budget: -1');
  });

  it('charges a fixed cost when a segment is first funded', () => {
    const withFixed = segments.map((s, i) => ({ ...s, fixedCost: i === 0 ? 1e6 : 0 }));
    const a = allocateBudget(withFixed, 5000);
    expect(a.spend[0]).toBe(0);
  });
});

describe('efficientFrontier', () => {
  const range = frontierRange(segments);
  const f = efficientFrontier(segments, range, 100);

  it('best net value never falls as the budget grows; value saved rises', () => {
    for (let i = 1; i < f.points.length; i++) {
      expect(f.points[i]!.best).toBeGreaterThanOrEqual(f.points[i - 1]!.best - 1e-9);
      expect(f.points[i]!.valueSaved).toBeGreaterThanOrEqual(f.points[i - 1]!.valueSaved - 1e-9);
    }
  });

  it('peaks at the break-even budget, which the optimiser spends given more', () => {
    const a = allocateBudget(segments, range);
    expect(f.breakEven).toBeCloseTo(a.cost, 6);
    expect(f.bestNet).toBeCloseTo(a.net, 6);
    const peak = Math.max(...f.points.map((p) => p.net));
    expect(f.bestNet).toBeGreaterThanOrEqual(peak - 1e-6);
    // Spending everything (Σ N · 4k) loses money here: net crosses zero at lossBudget.
    expect(f.points.at(-1)!.net).toBeLessThan(0);
    expect(f.lossBudget).not.toBeNull();
    expect(f.lossBudget!).toBeGreaterThan(f.breakEven);
  });
});
