import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GRAINS, growthAccounting } from '../../../src/core/metrics/index.ts';
import { arbitraryColumns, columnsOf } from './helpers.ts';

describe('growthAccounting', () => {
  it('splits active customers into new, retained and resurrected', () => {
    // Months bought: A Jan Feb Apr; B Jan; C Feb; D Jan Mar.
    const data = columnsOf([
      ['A', '2022-01-10', 1],
      ['B', '2022-01-25', 1],
      ['D', '2022-01-31', 1],
      ['A', '2022-02-05', 1],
      ['C', '2022-02-28', 1],
      ['D', '2022-03-01', 1],
      ['A', '2022-04-20', 1],
    ]);
    const { periods } = growthAccounting(data, { grain: 'month' });
    expect(
      periods.map((p) => [
        p.period,
        p.active,
        p.new,
        p.retained,
        p.resurrected,
        p.lost,
        p.quickRatio,
      ]),
    ).toEqual([
      ['2022-01', 3, 3, 0, 0, 0, null],
      // Feb: A retained, C new; B and D lost → quick ratio (1 + 0) / 2.
      ['2022-02', 2, 1, 1, 0, 2, 0.5],
      // Mar: D resurrected; A and C lost → 1 / 2.
      ['2022-03', 1, 0, 0, 1, 2, 0.5],
      // Apr: A resurrected; D lost → 1 / 1.
      ['2022-04', 1, 0, 0, 1, 1, 1],
    ]);
    expect(periods.at(-1)!.complete).toBe(false);
  });

  it('property: active(p) = active(p − 1) + new + resurrected − lost', () => {
    fc.assert(
      fc.property(arbitraryColumns(), fc.constantFrom(...GRAINS), (columns, grain) => {
        const { periods } = growthAccounting(columns, { grain });
        periods.forEach((p, i) => {
          const before = i === 0 ? 0 : periods[i - 1]!.active;
          expect(p.active).toBe(before + p.new + p.resurrected - p.lost);
        });
        expect(periods.reduce((s, p) => s + p.new, 0)).toBe(new Set(columns.customer).size);
      }),
    );
  });
});
