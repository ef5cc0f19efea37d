import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  contactPlan,
  medianGap,
  type ContactPlanOptions,
  type ContactPriority,
  type ContactPurchases,
} from '../../../src/core/contacts/index.ts';

/** Purchase days per customer (distinct, ascending) as offsets + days. */
function purchases(perCustomer: number[][]): ContactPurchases {
  const offsets = new Int32Array(perCustomer.length + 1);
  perCustomer.forEach((d, i) => (offsets[i + 1] = offsets[i]! + d.length));
  return { offsets, days: Int32Array.from(perCustomer.flat()) };
}

function priority(clv: number[], pAlive = clv.map(() => 0.5)): ContactPriority {
  return { clv: Float64Array.from(clv), pAlive: Float64Array.from(pAlive) };
}

const base: ContactPlanOptions = { from: 100, days: 30, lead: 7, capacity: Infinity, cooldown: 0 };

const rows = (p: ReturnType<typeof contactPlan>) =>
  Array.from(p.customer, (c, i) => ({
    c,
    date: p.date[i],
    expected: p.expected[i],
    reason: p.reason[i] === 0 ? 'overdue' : 'due',
    pushed: p.pushed[i],
  }));

describe('medianGap', () => {
  it('takes the middle gap of an odd count', () => {
    expect(medianGap([3, 10, 40])).toBe(10);
  });
  it('rounds the mean of the two middle gaps half up for an even count', () => {
    // (10 + 11) / 2 = 10.5 → 11; (10 + 12) / 2 = 11; (7 + 8) / 2 = 7.5 → 8.
    expect(medianGap([1, 10, 11, 50])).toBe(11);
    expect(medianGap([10, 12])).toBe(11);
    expect(medianGap([7, 8])).toBe(8);
  });
});

describe('contactPlan, by hand', () => {
  it('places due contacts L days before each expected purchase inside the horizon', () => {
    // Days 60, 80, 90: gaps 20, 10 → median of 2 = (10 + 20) / 2 = 15. Last 90, e1 = 105,
    // e2 = 120, e3 = 135. F = 100, L = 7: e1 = 105 in [85, 107) → overdue on 100.
    // e2 − 7 = 113, e3 − 7 = 128 in [100, 130) → due; e4 − 7 = 143 outside.
    const plan = contactPlan(purchases([[60, 80, 90]]), priority([1]), base);
    expect(plan.rhythm[0]).toBe(15);
    expect(rows(plan)).toEqual([
      { c: 0, date: 100, expected: 105, reason: 'overdue', pushed: 0 },
      { c: 0, date: 113, expected: 120, reason: 'due', pushed: 0 },
      { c: 0, date: 128, expected: 135, reason: 'due', pushed: 0 },
    ]);
  });

  it('sends customers to the lapsed and no-rhythm lists, ignoring days from F on', () => {
    // A: 10, 20 (r = 10), e1 = 30 < F − r = 90 → lapsed.
    // B: 95 only before F (the 105 purchase is after F) → no rhythm.
    // C: 50, 90 (r = 40): e1 = 130 ≥ 60 and ≥ F + L → due on 123.
    // D: only after F → not in the plan.
    const plan = contactPlan(
      purchases([[10, 20], [95, 105], [50, 90], [120]]),
      priority([1, 1, 1, 1]),
      base,
    );
    expect(Array.from(plan.lapsed)).toEqual([0]);
    expect(Array.from(plan.noRhythm)).toEqual([1]);
    expect(rows(plan)).toEqual([{ c: 2, date: 123, expected: 130, reason: 'due', pushed: 0 }]);
    expect(Array.from(plan.lastDay)).toEqual([20, 95, 90, -1]);
  });

  it('treats e1 exactly at F − r as overdue and just before it as lapsed', () => {
    // r = 10. A: last 80, e1 = 90 = F − r → overdue; e3 = 110 → due on 103 (e2 − 7 = 93 < F).
    // B: last 79, e1 = 89 < 90 → lapsed.
    const plan = contactPlan(
      purchases([
        [70, 80],
        [69, 79],
      ]),
      priority([1, 1]),
      { ...base, days: 5 },
    );
    expect(rows(plan)).toEqual([
      { c: 0, date: 100, expected: 90, reason: 'overdue', pushed: 0 },
      { c: 0, date: 103, expected: 110, reason: 'due', pushed: 0 },
    ]);
    expect(Array.from(plan.lapsed)).toEqual([1]);
  });

  it('drops contacts closer than the cooldown to the previous one', () => {
    // r = 5, last 98: e1 = 103 < F + L → overdue on 100; e_k − 7 = 101, 106, 111, 116, …
    // K = 8: keep 100, drop 101 and 106 (< 108), keep 111, drop 116, keep 121, drop 126.
    const plan = contactPlan(purchases([[93, 98]]), priority([1]), { ...base, cooldown: 8 });
    expect(Array.from(plan.date)).toEqual([100, 111, 121]);
    expect(plan.cooldownDropped).toBe(4);
  });

  it('pushes the lowest priority to the next day when a day is full', () => {
    // Three customers, last 90, r = 10: e1 = 100 → overdue on 100, e2 = 110 → due on 103.
    // Capacity 2: day 100 keeps CLV 30 and 20, pushes CLV 10 to 101; same on 103 → 104, …
    const data = purchases([
      [80, 90],
      [80, 90],
      [80, 90],
    ]);
    const plan = contactPlan(data, priority([10, 30, 20]), { ...base, days: 12, capacity: 2 });
    expect(rows(plan)).toEqual([
      { c: 1, date: 100, expected: 100, reason: 'overdue', pushed: 0 },
      { c: 2, date: 100, expected: 100, reason: 'overdue', pushed: 0 },
      { c: 0, date: 101, expected: 100, reason: 'overdue', pushed: 1 },
      { c: 1, date: 103, expected: 110, reason: 'due', pushed: 0 },
      { c: 2, date: 103, expected: 110, reason: 'due', pushed: 0 },
      { c: 0, date: 104, expected: 110, reason: 'due', pushed: 1 },
    ]);
    expect(Array.from(plan.load.slice(0, 5))).toEqual([2, 1, 0, 2, 1]);
    expect(Array.from(plan.pushedLoad.slice(0, 5))).toEqual([0, 1, 0, 0, 1]);
    expect(plan.unscheduled).toBe(0);
  });

  it('breaks CLV ties by P(alive), and counts contacts pushed past the horizon', () => {
    const data = purchases([
      [80, 90],
      [80, 90],
      [80, 90],
    ]);
    // Horizon of 1 day, capacity 1: only the best (same CLV, P(alive) 0.9) is placed.
    const plan = contactPlan(data, priority([5, 5, 5], [0.2, 0.9, 0.5]), {
      ...base,
      days: 1,
      capacity: 1,
    });
    expect(Array.from(plan.customer)).toEqual([1]);
    expect(plan.unscheduled).toBe(2);
  });

  it('unschedules a pushed contact that would come too close to the customer’s next one', () => {
    // A (CLV 1): r = 2, last 99, L = 2: e1 = 101 → overdue on 100; e2 − 2 = 101, e3 − 2 = 103.
    // B, C (CLV 9, 8; r = 5, last 95): overdue on 100 (e1 = 100), due on 103 (e2 = 105).
    // Capacity 2: day 100 pushes A's overdue contact to 101, where A already has its due one:
    // the pushed one is placed (higher key: earlier planned day), the other is unscheduled.
    // Day 103 is full again, so A's 103 is pushed past the 4-day horizon: unscheduled too.
    const data = purchases([
      [97, 99],
      [85, 90, 95],
      [85, 90, 95],
    ]);
    const plan = contactPlan(data, priority([1, 9, 8]), {
      from: 100,
      days: 4,
      lead: 2,
      capacity: 2,
      cooldown: 0,
    });
    for (let i = 1; i < plan.customer.length; i++) {
      expect(plan.date[i]! >= plan.date[i - 1]!).toBe(true);
    }
    const aDays = Array.from(plan.date).filter((_, i) => plan.customer[i] === 0);
    expect(aDays).toEqual([101]);
    expect(plan.unscheduled).toBe(2);
    expect(plan.customer.length + plan.unscheduled + plan.cooldownDropped).toBe(
      countWithoutCapacity(data, priority([1, 9, 8]), 4, 2),
    );
  });

  it('refuses bad options by name', () => {
    expect(() => contactPlan(purchases([]), priority([]), { ...base, days: 0 })).toThrow(
      /invalid days/,
    );
    expect(() => contactPlan(purchases([]), priority([]), { ...base, capacity: 0 })).toThrow(
      /invalid capacity/,
    );
  });
});

function countWithoutCapacity(
  data: ContactPurchases,
  p: ContactPriority,
  days: number,
  lead: number,
): number {
  const plan = contactPlan(data, p, { from: 100, days, lead, capacity: Infinity, cooldown: 0 });
  return plan.customer.length + plan.cooldownDropped;
}

describe('contactPlan, invariants', () => {
  const customersArb = fc.array(
    fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 0, maxLength: 8 }),
    { minLength: 0, maxLength: 25 },
  );
  const optionsArb = fc.record({
    from: fc.integer({ min: 50, max: 180 }),
    days: fc.integer({ min: 1, max: 60 }),
    lead: fc.integer({ min: 0, max: 10 }),
    capacity: fc.oneof(fc.constant(Infinity), fc.integer({ min: 1, max: 4 })),
    cooldown: fc.integer({ min: 0, max: 15 }),
  });

  it('holds capacity, cooldown, horizon and the count identity', () => {
    fc.assert(
      fc.property(customersArb, optionsArb, fc.integer(), (raw, options, seed) => {
        const data = purchases(raw.map((d) => [...d].sort((a, b) => a - b)));
        const n = raw.length;
        const p = priority(
          Array.from({ length: n }, (_, i) => ((seed ^ (i * 7919)) >>> 0) % 5),
          Array.from({ length: n }, (_, i) => (i % 3) / 3),
        );
        const plan = contactPlan(data, p, options);
        const { from, days, capacity, cooldown } = options;
        for (const l of plan.load) expect(l).toBeLessThanOrEqual(capacity);
        const byCustomer = new Map<number, number[]>();
        plan.customer.forEach((c, i) => {
          const d = plan.date[i]!;
          expect(d >= from && d < from + days).toBe(true);
          byCustomer.set(c, [...(byCustomer.get(c) ?? []), d]);
        });
        for (const ds of byCustomer.values()) {
          ds.sort((a, b) => a - b);
          for (let i = 1; i < ds.length; i++) {
            expect(ds[i]! - ds[i - 1]!).toBeGreaterThanOrEqual(Math.max(cooldown, 1));
          }
        }
        const unlimited = contactPlan(data, p, { ...options, capacity: Infinity });
        expect(unlimited.unscheduled).toBe(0);
        expect(plan.customer.length + plan.unscheduled).toBe(unlimited.customer.length);
        expect(plan.load.reduce((a, b) => a + b, 0)).toBe(plan.customer.length);
      }),
      { numRuns: 300 },
    );
  });
});
