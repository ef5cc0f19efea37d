import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { churnSeriesContractual, contractCustomers } from '../../../src/core/index.ts';

describe('contractCustomers', () => {
  it('lists, per period and group, exactly as many customers as the contractual series counts', () => {
    const contracts = fc.array(
      fc.tuple(
        fc.integer({ min: 19_000, max: 19_400 }),
        fc.option(fc.integer({ min: 1, max: 300 })),
      ),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(
        contracts,
        fc.constantFrom('week', 'month', 'quarter' as const),
        (rows, grain) => {
          const signup = Int32Array.from(rows, ([s]) => s);
          const end = Int32Array.from(rows, ([s, length]) => (length === null ? -1 : s + length));
          const series = churnSeriesContractual(end, signup, { grain });
          for (const p of series.periods) {
            for (const group of ['new', 'lost', 'activeAtStart', 'activeAtEnd'] as const) {
              const listed = contractCustomers(end, signup, p.period, group, { grain });
              expect(listed.length, `${p.period} ${group}`).toBe(p[group]);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('on a hand-made example: a contract from 10 Jan to 5 Mar 2024 is lost in March', () => {
    // Customer 0: 2024-01-10 … 2024-03-05 (end = first day without a contract).
    // Customer 1: 2024-02-01, still running. Monthly, as of 2024-03-31.
    const day = (m: number, d: number) => Date.UTC(2024, m - 1, d) / 86_400_000;
    const signup = Int32Array.from([day(1, 10), day(2, 1)]);
    const end = Int32Array.from([day(3, 5), -1]);
    const opts = { grain: 'month' as const, asOf: day(3, 31) };
    expect(Array.from(contractCustomers(end, signup, '2024-03', 'lost', opts))).toEqual([0]);
    expect(Array.from(contractCustomers(end, signup, '2024-02', 'new', opts))).toEqual([1]);
    expect(Array.from(contractCustomers(end, signup, '2024-03', 'activeAtStart', opts))).toEqual([
      0, 1,
    ]);
    expect(Array.from(contractCustomers(end, signup, '2024-03', 'activeAtEnd', opts))).toEqual([1]);
  });
});
