import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  NO_SEGMENT,
  quintileScores,
  RFM_SEGMENT_GRID,
  RFM_SEGMENTS,
  rfmScores,
} from '../../../src/core/metrics/index.ts';
import { parseIsoDate } from '../../../src/core/model.ts';
import { arbitraryColumns, columnsOf, idx } from './helpers.ts';

const asOf = parseIsoDate('2022-12-31')!;

// Five customers with one quintile each (n = 5, so score = sorted position + 1):
//        recency  frequency  monetary  → R F M  FM=(F+M)/2 half up  segment
//   E       0         5         500      5 5 5   5                  Champions
//   D      10         4         400      4 4 4   4                  Loyal
//   C      20         3          50      3 3 1   2                  About to sleep
//   B      30         2         300      2 2 3   3 (2.5 up)         At risk
//   A      40         1         200      1 1 2   2 (1.5 up)         Hibernating
// X buys only after asOf: not scored.
const data = columnsOf([
  ...['27', '28', '29', '30', '31'].map((d) => ['E', `2022-12-${d}`, 100] as const),
  ...['18', '19', '20', '21'].map((d) => ['D', `2022-12-${d}`, 100] as const),
  ['C', '2022-12-09', 20],
  ['C', '2022-12-10', 20],
  ['C', '2022-12-11', 10],
  ['B', '2022-11-30', 150],
  ['B', '2022-12-01', 150],
  ['A', '2022-11-21', 200],
  ['X', '2023-01-05', 999],
  ['E', '2023-01-02', 999], // after asOf: ignored
]);

describe('rfmScores', () => {
  it('scores recency, frequency and monetary by quintiles and names segments', () => {
    const result = rfmScores(data, { asOf });
    const row = (id: string) => {
      const i = idx(data, id);
      return [
        result.recency[i],
        result.frequency[i],
        result.monetary[i],
        result.r[i],
        result.f[i],
        result.m[i],
        RFM_SEGMENTS[result.segment[i]!],
      ];
    };
    expect(row('E')).toEqual([0, 5, 500, 5, 5, 5, 'Champions']);
    expect(row('D')).toEqual([10, 4, 400, 4, 4, 4, 'Loyal']);
    expect(row('C')).toEqual([20, 3, 50, 3, 3, 1, 'About to sleep']);
    expect(row('B')).toEqual([30, 2, 300, 2, 2, 3, 'At risk']);
    expect(row('A')).toEqual([40, 1, 200, 1, 1, 2, 'Hibernating']);
    expect(result.segment[idx(data, 'X')]).toBe(NO_SEGMENT);
    expect(result.customers).toBe(5);
    expect(result.asOf).toBe('2022-12-31');
    expect(result.segments.filter((s) => s.customers > 0)).toEqual([
      { name: 'Champions', customers: 1, revenue: 500 },
      { name: 'Loyal', customers: 1, revenue: 400 },
      { name: 'About to sleep', customers: 1, revenue: 50 },
      { name: 'At risk', customers: 1, revenue: 300 },
      { name: 'Hibernating', customers: 1, revenue: 200 },
    ]);
  });

  it('counts distinct orders when asked', () => {
    const orders = columnsOf(
      [
        ['A', '2022-05-01', 10],
        ['A', '2022-05-01', 10],
        ['A', '2022-05-01', 10],
      ],
      { order: ['o1', 'o1', 'o2'] },
    );
    const at = parseIsoDate('2022-06-01')!;
    expect(rfmScores(orders, { asOf: at }).frequency[0]).toBe(1); // one purchase day
    expect(rfmScores(orders, { asOf: at, frequency: 'orders' }).frequency[0]).toBe(2);
  });

  it('cuts tie-aware equal-frequency bins: ties share a score, no score is left empty', () => {
    const all = (n: number) => new Uint8Array(n).fill(1);
    const scores = (values: number[], direction: 1 | -1 = 1) =>
      Array.from(quintileScores(Float64Array.from(values), all(values.length), direction));
    // Ten distinct values: two per bin (cuts at 2, 4, 6, 8).
    expect(scores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    // Reversed direction (recency): the smallest value scores 5.
    expect(scores([0, 10, 20, 30, 40], -1)).toEqual([5, 4, 3, 2, 1]);
    // Many one-time buyers, n = 14, groups (value: customers, boundary after it):
    // 1: 6 (6), 2: 3 (9), 3: 2 (11), 4: 1 (12), 5: 1 (13), 7: 1 (14).
    //   bin 1: target 14 / 5 = 2.8 → nearest boundary 6 (the first one) → {1}
    //   bin 2: target 6 + 8 / 4 = 8 → 9 → {2}
    //   bin 3: target 9 + 5 / 3 = 10.67 → 11 → {3}
    //   bin 4: target 11 + 3 / 2 = 12.5 → 12 and 13 equally near, the later wins → {4, 5}
    //   bin 5: the rest → {7}
    // (Mean-rank quintiles gave 1, 3, 4, 4, 5, 5: score 2 empty.)
    expect(scores([1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 7])).toEqual([
      1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5,
    ]);
    // n = 12, boundaries 1 (1), 2 (2), 8 (3 ×6), 9 (4), 10 (5), 11 (6), 12 (7):
    //   bin 1: target 2.4 → 2 (0.4 away) rather than 8 → {1, 2}
    //   bin 2: target 2 + 10 / 4 = 4.5 → 8 → {3}
    //   bin 3: target 8 + 4 / 3 = 9.33 → 9 (0.33) rather than 10 (0.67) → {4}
    //   bin 4: target 9 + 3 / 2 = 10.5 → 10 and 11 equally near → 11 → {5, 6}
    //   bin 5: {7}
    expect(scores([1, 2, 3, 3, 3, 3, 3, 3, 4, 5, 6, 7])).toEqual([
      1, 1, 2, 2, 2, 2, 2, 2, 3, 4, 4, 5,
    ]);
    // Fewer than five distinct values: one bin each, spread over 1 … 5.
    expect(scores([1, 1, 1, 1, 2])).toEqual([1, 1, 1, 1, 5]);
    expect(scores([5, 5, 7, 9])).toEqual([1, 1, 3, 5]);
    expect(scores([4, 3, 2, 1])).toEqual([5, 4, 2, 1]);
    expect(scores([8, 8, 8])).toEqual([3, 3, 3]);
    // Unscored customers get 0 and do not count.
    const some = Uint8Array.from([1, 0, 1, 1, 0]);
    expect(Array.from(quintileScores(Float64Array.from([3, 9, 1, 2, 9]), some, 1))).toEqual([
      5, 0, 1, 3, 0,
    ]);
  });

  it('property: every score holds customers when there are five distinct values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 60 }),
        (v) => {
          const s = quintileScores(Float64Array.from(v), new Uint8Array(v.length).fill(1), 1);
          const distinct = new Set(v).size;
          const used = new Set(s);
          expect(used.size).toBe(Math.min(5, distinct));
          // Monotone: a larger value never scores lower; equal values score alike.
          for (let i = 0; i < v.length; i++) {
            for (let j = 0; j < v.length; j++) {
              if (v[i]! < v[j]!) expect(s[i]!).toBeLessThanOrEqual(s[j]!);
              if (v[i] === v[j]) expect(s[i]).toBe(s[j]);
            }
          }
        },
      ),
    );
  });

  it('maps every R × FM cell to a segment', () => {
    const used = new Set(RFM_SEGMENT_GRID.flat());
    expect(used.size).toBe(RFM_SEGMENTS.length);
    expect(RFM_SEGMENT_GRID.every((row) => row.length === 5)).toBe(true);
  });

  it('property: scores in 1 … 5 and segments add up to the customers', () => {
    fc.assert(
      fc.property(arbitraryColumns(30, 80), fc.integer({ min: 0, max: 800 }), (columns, offset) => {
        const at = parseIsoDate('2021-01-01')! + offset;
        const result = rfmScores(columns, { asOf: at });
        let scored = 0;
        for (let i = 0; i < columns.customerIds.length; i++) {
          if (result.segment[i] === NO_SEGMENT) continue;
          scored++;
          for (const s of [result.r[i]!, result.f[i]!, result.m[i]!]) {
            expect(s).toBeGreaterThanOrEqual(1);
            expect(s).toBeLessThanOrEqual(5);
          }
        }
        expect(scored).toBe(result.customers);
        expect(result.segments.reduce((s, x) => s + x.customers, 0)).toBe(result.customers);
        const buyers = new Set(
          Array.from(columns.customer).filter((_, r) => columns.day[r]! <= at),
        );
        expect(result.customers).toBe(buyers.size);
      }),
    );
  });
});
