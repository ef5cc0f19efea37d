import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cohortCustomers, cohortMatrix, GRAINS } from '../../../src/core/metrics/index.ts';
import { arbitraryColumns, columnsOf, idx } from './helpers.ts';

// Cohorts 2022-01 = {A, B}, 2022-02 = {C, D}; data ends 2022-03-15, so March is incomplete.
const data = columnsOf([
  ['A', '2022-01-05', 100],
  ['A', '2022-01-20', 50],
  ['B', '2022-01-10', 200],
  ['C', '2022-02-14', 80],
  ['B', '2022-02-03', -20], // a refund still counts as activity and as (negative) revenue
  ['D', '2022-02-01', 60],
  ['A', '2022-03-10', 30],
  ['C', '2022-02-20', 20],
  ['C', '2022-03-15', 40],
]);

const rows = (m: ReturnType<typeof cohortMatrix>) =>
  m.cohorts.map((c) => [c.cohort, c.size, c.values]);

describe('cohortMatrix', () => {
  it('counts customers, classic: bought in period c + k', () => {
    const m = cohortMatrix(data, { grain: 'month', metric: 'customers' });
    expect(m.periods).toEqual(['2022-01', '2022-02', '2022-03']);
    // Jan: A,B in Jan; B (refund) in Feb; A in Mar. Feb: C,D in Feb; C in Mar.
    expect(rows(m)).toEqual([
      ['2022-01', 2, [2, 1, 1]],
      ['2022-02', 2, [2, 1]],
    ]);
    expect(m.lastPeriodIncomplete).toBe(true);
    expect(m.cohorts.map((c) => c.complete)).toEqual([
      [true, true, false],
      [true, false],
    ]);
    // Retention fractions weighted by size: k0 4/4, k1 (1+1)/4, k2 1/2.
    expect(m.weightedMean).toEqual([1, 0.5, 0.5]);
  });

  it('counts customers, rolling: bought in c + k or later', () => {
    const m = cohortMatrix(data, { grain: 'month', metric: 'customers', mode: 'rolling' });
    // Jan k1: A (last purchase Mar) and B (Feb) → 2.
    expect(rows(m)).toEqual([
      ['2022-01', 2, [2, 2, 1]],
      ['2022-02', 2, [2, 1]],
    ]);
  });

  it('sums revenue and revenue per customer, refunds included', () => {
    // Jan: 100 + 50 + 200 = 350, −20, 30. Feb: 80 + 20 + 60 = 160, 40.
    const revenue = cohortMatrix(data, { grain: 'month', metric: 'revenue' });
    expect(rows(revenue)).toEqual([
      ['2022-01', 2, [350, -20, 30]],
      ['2022-02', 2, [160, 40]],
    ]);
    // Revenue per customer of all cohorts: (350 + 160) / 4, (−20 + 40) / 4, 30 / 2.
    expect(revenue.weightedMean).toEqual([127.5, 5, 15]);
    const perCustomer = cohortMatrix(data, { grain: 'month', metric: 'revenuePerCustomer' });
    expect(rows(perCustomer)).toEqual([
      ['2022-01', 2, [175, -10, 15]],
      ['2022-02', 2, [80, 20]],
    ]);
    const rolling = cohortMatrix(data, { grain: 'month', metric: 'revenue', mode: 'rolling' });
    expect(rows(rolling)[0]).toEqual(['2022-01', 2, [360, 10, 30]]);
  });

  it('accumulates revenue per customer into the historical LTV curve', () => {
    const m = cohortMatrix(data, { grain: 'month', metric: 'cumulativeRevenuePerCustomer' });
    // Jan: 175, 175 − 10, 165 + 15. Feb: 80, 100.
    expect(rows(m)).toEqual([
      ['2022-01', 2, [175, 165, 180]],
      ['2022-02', 2, [80, 100]],
    ]);
    // (2·175 + 2·80) / 4, (2·165 + 2·100) / 4, 180.
    expect(m.weightedMean).toEqual([127.5, 132.5, 180]);
  });

  it('splits cohorts by a customer attribute and filters customers', () => {
    const values = new Int32Array(4);
    values[idx(data, 'A')] = 0;
    values[idx(data, 'B')] = 1;
    values[idx(data, 'C')] = 0;
    values[idx(data, 'D')] = -1;
    const m = cohortMatrix(data, {
      grain: 'month',
      metric: 'customers',
      split: { values, labels: ['web', 'shop'] },
    });
    expect(m.cohorts.map((c) => [c.cohort, c.group, c.size, c.values])).toEqual([
      ['2022-01', 'web', 1, [1, 0, 1]],
      ['2022-01', 'shop', 1, [1, 1, 0]],
      ['2022-02', 'web', 1, [1, 1]],
      ['2022-02', '(none)', 1, [1, 0]],
    ]);
    const filter = new Uint8Array([1, 0, 1, 1]); // drop B (index 1)
    expect(data.customerIds[1]).toBe('B');
    expect(rows(cohortMatrix(data, { grain: 'month', metric: 'customers', filter }))[0]).toEqual([
      '2022-01',
      1,
      [1, 0, 1],
    ]);
  });

  it('lists the customers of a cell', () => {
    const ids = (a: Int32Array) => Array.from(a, (i) => data.customerIds[i]);
    expect(ids(cohortCustomers(data, '2022-01', 2, { grain: 'month' }))).toEqual(['A']);
    expect(ids(cohortCustomers(data, '2022-01', 1, { grain: 'month', mode: 'rolling' }))).toEqual([
      'A',
      'B',
    ]);
    expect(ids(cohortCustomers(data, '2022-02', 1, { grain: 'month' }))).toEqual(['C']);
  });

  it('rejects bad options with specific errors', () => {
    expect(() => cohortMatrix(data, { grain: 'fortnight' as 'day', metric: 'customers' })).toThrow(
      'invalid grain: fortnight',
    );
    expect(() => cohortMatrix(data, { grain: 'month', metric: 'visits' as 'revenue' })).toThrow(
      'invalid metric: visits',
    );
    expect(() =>
      cohortMatrix(data, { grain: 'month', metric: 'customers', filter: new Uint8Array(2) }),
    ).toThrow('invalid filter: 2 values for 4 customers');
  });

  it('returns an empty matrix for empty data', () => {
    const empty = columnsOf([]);
    expect(cohortMatrix(empty, { grain: 'week', metric: 'customers' })).toMatchObject({
      periods: [],
      cohorts: [],
      weightedMean: [],
    });
  });

  it('properties: sizes, classic ≤ rolling, revenue adds up', () => {
    fc.assert(
      fc.property(arbitraryColumns(), fc.constantFrom(...GRAINS), (columns, grain) => {
        const classic = cohortMatrix(columns, { grain, metric: 'customers' });
        const rolling = cohortMatrix(columns, { grain, metric: 'customers', mode: 'rolling' });
        const buyers = new Set(columns.customer).size;
        expect(classic.cohorts.reduce((s, c) => s + c.size, 0)).toBe(buyers);
        classic.cohorts.forEach((row, r) => {
          expect(row.values.length).toBe(
            classic.periods.length - classic.periods.indexOf(row.cohort),
          );
          expect(row.values[0]).toBe(row.size);
          row.values.forEach((v, k) =>
            expect(v).toBeLessThanOrEqual(rolling.cohorts[r]!.values[k]!),
          );
        });
        const revenue = cohortMatrix(columns, { grain, metric: 'revenue' });
        const cells = revenue.cohorts.flatMap((c) => c.values).reduce((s, v) => s + v, 0);
        const total = columns.amount.reduce((s, v) => s + v, 0);
        expect(cells).toBeCloseTo(total, 6);
        const ltv = cohortMatrix(columns, { grain, metric: 'cumulativeRevenuePerCustomer' });
        const last = ltv.cohorts.reduce((s, c) => s + c.size * c.values.at(-1)!, 0);
        expect(last).toBeCloseTo(total, 6);
      }),
      { numRuns: 200 },
    );
  });
});
