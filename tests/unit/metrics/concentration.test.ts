import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { concentration, gini, paretoCurve, topShare } from '../../../src/core/metrics/index.ts';
import { arbitraryColumns, columnsOf } from './helpers.ts';

describe('concentration', () => {
  it('computes the Gini coefficient: Σ (2i − n − 1) x_i / (n Σ x)', () => {
    expect(gini(Float64Array.from([5, 5, 5, 5]))).toBe(0); // all equal
    expect(gini(Float64Array.from([0, 0, 0, 10]))).toBe(3 / 4); // one holds everything: (n − 1)/n
    // [1, 2, 3, 4]: (−3·1 − 1·2 + 1·3 + 3·4) / (4 · 10) = 0.25.
    expect(gini(Float64Array.from([4, 1, 3, 2]))).toBe(0.25);
    expect(gini(new Float64Array(0))).toBe(0);
  });

  it('gives top shares and the Pareto curve', () => {
    const values = Float64Array.from([5, 30, 50, 5, 10]);
    expect(topShare(values, 0.2)).toBe(0.5); // top 1 of 5 holds 50 of 100
    expect(topShare(values, 0.4)).toBe(0.8);
    const curve = paretoCurve(values);
    expect(curve).toHaveLength(100);
    expect(curve[0]).toEqual({ customerShare: 0.01, valueShare: 0.5 }); // ⌈0.05⌉ = 1 customer
    expect(curve[39]).toEqual({ customerShare: 0.4, valueShare: 0.8 });
    expect(curve[99]).toEqual({ customerShare: 1, valueShare: 1 });
  });

  it('measures revenue or margin per customer from columns', () => {
    const data = columnsOf(
      [
        ['A', '2022-01-01', 80],
        ['A', '2022-02-01', 20],
        ['B', '2022-01-01', 50],
        ['B', '2022-01-05', -60], // net refunder: clamped to 0
        ['C', '2022-03-01', 100],
      ],
      { cost: [40, 10, 20, -10, 90] },
    );
    const revenue = concentration(data);
    expect(revenue.customers).toBe(3);
    expect(revenue.total).toBe(200); // 100 + 0 + 100
    expect(revenue.top[3]).toEqual({ fraction: 0.2, share: 0.5 });
    // Margins: A 80 − 40 + 20 − 10 = 50, B 30 − 50 = −20 → 0, C 10.
    const margin = concentration(data, { measure: 'margin', marginSource: 'cost' });
    expect(margin.total).toBe(60);
    expect(margin.top[0]).toEqual({ fraction: 0.01, share: 50 / 60 });
  });

  it('property: Gini in [0, 1) and the Pareto curve rises to 1', () => {
    fc.assert(
      fc.property(arbitraryColumns(40, 100), (columns) => {
        const result = concentration(columns);
        expect(result.gini).toBeGreaterThanOrEqual(0);
        expect(result.gini).toBeLessThan(1);
        for (let i = 1; i < 100; i++) {
          expect(result.pareto[i]!.valueShare).toBeGreaterThanOrEqual(
            result.pareto[i - 1]!.valueShare - 1e-12,
          );
        }
        if (result.total > 0) expect(result.pareto[99]!.valueShare).toBeCloseTo(1, 9);
      }),
    );
  });
});
