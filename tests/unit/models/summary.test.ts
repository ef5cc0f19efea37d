import { describe, expect, it } from 'vitest';
import { dayNumber, type TransactionColumns } from '../../../src/core/model.ts';
import { customerSummary, summaryFromColumns } from '../../../src/core/models/index.ts';
import { publishedRows, sampleColumns } from './cdnow.ts';

const END = dayNumber(1997, 9, 30);

function columns(rows: [number, string, number][], customers: number): TransactionColumns {
  return {
    customer: Int32Array.from(rows, (r) => r[0]),
    day: Int32Array.from(rows, (r) => {
      const [y, m, d] = r[1].split('-').map(Number) as [number, number, number];
      return dayNumber(y, m, d);
    }),
    amount: Float64Array.from(rows, (r) => r[2]),
    customerIds: Array.from({ length: customers }, (_, i) => `c${i}`),
  };
}

describe('customerSummary', () => {
  it('follows lifetimes conventions on a hand-made example', () => {
    // Customer 0: 1997-01-01 (10 + 5, merged), 01-08 (20), 01-15 (40), 10-01 (after end).
    // Hand calculation: x = 2, t_x = 14 days = 2 weeks, T = 272/7 weeks, monetary = (20+40)/2.
    const s = customerSummary(
      columns(
        [
          [0, '1997-01-15', 40],
          [0, '1997-01-01', 10],
          [1, '1997-10-02', 7],
          [0, '1997-01-08', 20],
          [0, '1997-01-01', 5],
          [0, '1997-10-01', 99],
          [2, '1997-09-30', 3],
        ],
        3,
      ),
      { unit: 'week', end: END },
    );
    expect(Array.from(s.customer)).toEqual([0, 2]); // customer 1 first bought after end
    expect(Array.from(s.x)).toEqual([2, 0]);
    expect(s.tx[0]).toBeCloseTo(2, 12);
    expect(s.T[0]).toBeCloseTo(272 / 7, 12);
    expect(Array.from(s.monetary)).toEqual([30, 0]);
    expect(s.T[1]).toBe(0); // end is inclusive: a purchase on the end day gives T = 0
  });

  it('gives a purchase refunded later a repeat spend of exactly 0', () => {
    // The sample's customer C11139: 110.99 on the first day, 188.11 and its refund on two
    // later days. Hand calculation: x = 2, repeat spend 188.11 − 188.11 = 0, monetary 0 (not
    // the 7e-15 that total − first day left, which Gamma-Gamma took for a positive spend).
    const s = customerSummary(
      columns(
        [
          [0, '1997-07-10', 110.99],
          [0, '1997-08-10', 188.11],
          [0, '1997-08-16', -188.11],
        ],
        1,
      ),
      { unit: 'week', end: END },
    );
    expect([s.x[0], s.monetary[0]]).toEqual([2, 0]);
  });

  it('drops transactions before start and counts days at unit day', () => {
    const s = customerSummary(
      columns(
        [
          [0, '1997-01-01', 1],
          [0, '1997-01-05', 2],
          [0, '1997-01-09', 4],
        ],
        1,
      ),
      { unit: 'day', end: END, start: dayNumber(1997, 1, 2) },
    );
    // Hand calculation: first = 01-05, x = 1, t_x = 4 days, T = 268 days, monetary = 4.
    expect([s.x[0], s.tx[0], s.T[0], s.monetary[0]]).toEqual([1, 4, 268, 4]);
  });

  it('rebuilds the published CDNOW calibration summary from CDNOW_sample.txt', () => {
    // tests/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv (lifetimes' dataset, from
    // Fader & Hardie's CDNOW sample): 39-week calibration, t_x and T in weeks with 2 decimals.
    const published = publishedRows();
    const s = customerSummary(sampleColumns(), { unit: 'week', end: END });
    expect(s.x.length).toBe(published.length);
    const row = new Map(Array.from(s.customer, (c, i) => [c + 1, i]));
    let zbarMismatch = 0;
    for (const p of published) {
      const i = row.get(p.id)!;
      expect(s.x[i]).toBe(p.x);
      expect(Math.abs(s.tx[i]! - p.tx)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(s.T[i]! - p.T)).toBeLessThanOrEqual(0.005 + 1e-9);
      if (Math.abs(s.monetary[i]! - p.zbar) > 0.005 + 1e-9) zbarMismatch++;
    }
    // zbar is the mean of the repeat purchase days' (merged) dollar values, rounded to cents.
    expect(zbarMismatch).toBe(0);
  });
});

describe('summaryFromColumns', () => {
  it('keeps the ids and rejects recency beyond T', () => {
    const s = summaryFromColumns(['a', 'b'], [0, 2], [0, 3], [5, 5], [0, 10]);
    expect(s.ids).toEqual(['a', 'b']);
    expect(() => summaryFromColumns(['a'], [1], [6], [5], [1])).toThrow(/recency/);
    expect(() => summaryFromColumns(['a'], [1.5], [1], [5], [1])).toThrow(/frequency/);
  });
});
