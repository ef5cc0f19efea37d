import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  churnSeries,
  churnSeriesContractual,
  cohortMatrix,
  concentration,
  growthAccounting,
  rfmScores,
  simpleLtv,
  suggestWindow,
} from '../../../src/core/metrics/index.ts';
import { columnsOf } from './helpers.ts';

describe('metrics on edge cases', () => {
  it('return empty results for data without rows', () => {
    const empty = columnsOf([]);
    expect(cohortMatrix(empty, { grain: 'month', metric: 'revenue' }).cohorts).toEqual([]);
    expect(churnSeries(empty, { window: 30, grain: 'month' }).periods).toEqual([]);
    expect(growthAccounting(empty, { grain: 'week' }).periods).toEqual([]);
    expect(suggestWindow(empty).days).toBe(90);
    expect(rfmScores(empty, { asOf: 19000 }).customers).toBe(0);
    expect(concentration(empty)).toMatchObject({ customers: 0, total: 0, gini: 0 });
    expect(simpleLtv(empty, { grain: 'month', window: 30 })).toMatchObject({
      ltv: null,
      message: 'No complete period with active customers at its start: churn cannot be measured',
    });
  });

  it('ignore dictionary customers without transactions and reject bad indexes', () => {
    const data = columnsOf([['A', '2022-01-01', 5]]);
    data.customerIds.push('ghost');
    expect(cohortMatrix(data, { grain: 'day', metric: 'customers' }).cohorts).toEqual([
      { cohort: '2022-01-01', size: 1, values: [1], complete: [true] },
    ]);
    const bad = { ...data, customer: Int32Array.from([7]) };
    expect(() => churnSeries(bad, { window: 1, grain: 'day' })).toThrow(
      'invalid customer index 7 at row 0',
    );
  });

  it('property: contractual series keep the activeAtEnd identity', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 18000, max: 19000 }), fc.integer({ min: -1, max: 800 })),
          {
            minLength: 1,
            maxLength: 40,
          },
        ),
        fc.constantFrom('week' as const, 'month' as const, 'quarter' as const),
        (contracts, grain) => {
          const signup = Int32Array.from(contracts, ([s]) => s);
          const end = Int32Array.from(contracts, ([s, length]) => (length < 0 ? -1 : s + length));
          const { periods } = churnSeriesContractual(end, signup, { grain });
          expect(periods.reduce((s, p) => s + p.new, 0)).toBe(contracts.length);
          for (const p of periods) {
            expect(p.activeAtEnd).toBe(p.activeAtStart - p.lost + p.newActive + p.reactivated);
            expect(p.lost).toBeLessThanOrEqual(p.activeAtStart);
          }
        },
      ),
    );
  });
});
