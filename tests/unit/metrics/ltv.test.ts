import { describe, expect, it } from 'vitest';
import { ltvByCohort, ltvByGroup, ltvReport, simpleLtv } from '../../../src/core/metrics/index.ts';
import { columnsOf } from './helpers.ts';

// The churn.test.ts data (W = 30, month): Feb start 3, lost 1, active during 4;
// Mar start 3, lost 3, active during 3; April is incomplete. Every row is 10.
const data = columnsOf([
  ['A', '2022-01-10', 10],
  ['B', '2022-01-25', 10],
  ['D', '2022-01-31', 10],
  ['A', '2022-02-05', 10],
  ['C', '2022-02-28', 10],
  ['D', '2022-03-01', 10],
  ['A', '2022-04-20', 10],
]);
const base = { grain: 'month' as const, window: 30, margin: 0.5 };

describe('simpleLtv', () => {
  it('divides AMPU by the pooled trailing churn rate', () => {
    const result = simpleLtv(data, { ...base, discount: 0.1 });
    // Used: Feb and Mar (Jan has nobody at its start, Apr is incomplete).
    expect(result.periodsUsed).toEqual(['2022-02', '2022-03']);
    // Churn (1 + 3) / (3 + 3) = 2/3; AMPU = margin (20 + 10) × 0.5 / (4 + 3) = 15/7.
    expect(result.churnRate).toBeCloseTo(2 / 3, 12);
    expect(result.retention).toBeCloseTo(1 / 3, 12);
    expect(result.ampu).toBeCloseTo(15 / 7, 12);
    expect(result.ltv).toBeCloseTo(15 / 7 / (2 / 3), 12);
    // m (1 + d) / (1 + d − r) = (15/7)(1.1) / (1.1 − 1/3).
    expect(result.ltvDiscounted).toBeCloseTo(((15 / 7) * 1.1) / (1.1 - 1 / 3), 12);
    expect(result.message).toBe('Only 2 complete periods with active customers (asked for 3)');
  });

  it('uses only the last trailing periods', () => {
    // Mar alone: churn 3/3 = 1, AMPU 5/3.
    const result = simpleLtv(data, { ...base, trailingPeriods: 1 });
    expect([result.churnRate, result.ampu, result.ltv]).toEqual([1, 5 / 3, 5 / 3]);
    expect(result.message).toBeUndefined();
  });

  it('reports an unbounded LTV when nobody churns', () => {
    const loyal = columnsOf(
      ['2022-01-15', '2022-02-15', '2022-03-15', '2022-04-15'].map((d) => ['A', d, 100] as const),
    );
    const result = simpleLtv(loyal, {
      grain: 'month',
      window: 40,
      margin: 0.3,
      discount: 0.1,
      trailingPeriods: 2,
    });
    expect(result.churnRate).toBe(0);
    expect(result.ltv).toBeNull();
    expect(result.message).toBe('Churn is 0 over the last 2 periods: LTV is unbounded');
    // With discounting it stays finite: m (1 + d) / d = 30 × 1.1 / 0.1.
    expect(result.ltvDiscounted).toBeCloseTo(330, 9);
  });

  it('takes margin from the cost column', () => {
    const withCost = columnsOf(
      [
        ['A', '2022-01-10', 100],
        ['A', '2022-02-10', 100],
        ['B', '2022-01-10', 100],
        ['A', '2022-03-31', 100],
      ],
      { cost: [60, 70, 50, NaN] },
    );
    // W 30. Feb: start 2 (A, B), B lost; margin 100 − 70 = 30; active during 2.
    // Mar: start 1 (A), nobody lost; A's row has no cost and is left out; active during 1.
    // Churn (1 + 0) / (2 + 1) = 1/3; AMPU 30 / (2 + 1) = 10.
    const result = simpleLtv(withCost, { grain: 'month', window: 30, marginSource: 'cost' });
    expect(result.periodsUsed).toEqual(['2022-02', '2022-03']);
    expect(result.churnRate).toBeCloseTo(1 / 3, 12);
    expect(result.ampu).toBeCloseTo(30 / 3, 12);
    expect(result.message).toContain('1 rows without a cost were left out of the margin');
  });

  it('computes LTV per cohort and per group, with CAC', () => {
    const cac = Float64Array.from([30, NaN, 60, 10]); // A, B, D, C in dictionary order
    expect(data.customerIds).toEqual(['A', 'B', 'D', 'C']);
    const cohorts = ltvByCohort(data, { ...base, cac });
    // Jan cohort A, B, D: Feb start 3 lost 1, Mar start 2 lost 2 → churn 3/5;
    // margin (10 + 10) × 0.5 over 3 + 2 active → AMPU 2; LTV 10/3; CAC (30 + 60) / 2.
    expect(cohorts.map((c) => c.cohort)).toEqual(['2022-01', '2022-02']);
    const jan = cohorts[0]!;
    expect([jan.customers, jan.churnRate, jan.ampu, jan.cac]).toEqual([3, 0.6, 2, 45]);
    expect(jan.ltv).toBeCloseTo(10 / 3, 12);
    expect(jan.ltvToCac).toBeCloseTo(10 / 3 / 45, 12);
    // Feb cohort C: only Mar has C at its start; C is lost and bought nothing in Mar.
    expect(cohorts[1]).toMatchObject({ customers: 1, churnRate: 1, ampu: 0, ltv: 0, cac: 10 });
    const groups = ltvByGroup(data, {
      ...base,
      split: { values: Int32Array.from([0, 0, 0, -1]), labels: ['web'] },
    });
    expect(groups.map((g) => [g.group, g.customers])).toEqual([
      ['web', 3],
      ['(none)', 1],
    ]);
    expect(groups[0]!.ltv).toBeCloseTo(10 / 3, 12);
  });

  it('reports its inputs and rejects bad options', () => {
    const report = ltvReport(data, { ...base, discount: 0.01 });
    expect(report).toMatchObject({
      grain: 'month',
      window: 30,
      margin: 0.5,
      discount: 0.01,
      trailingPeriods: 3,
    });
    expect(() => simpleLtv(data, { ...base, margin: 30 })).toThrow(
      'invalid margin: 30 (between 0 and 1)',
    );
    expect(() => simpleLtv(data, { ...base, marginSource: 'cost' })).toThrow('no cost column');
    expect(() => simpleLtv(data, { ...base, trailingPeriods: 0 })).toThrow(
      'invalid trailingPeriods: 0',
    );
  });
});
