import { describe, expect, it } from 'vitest';
import {
  boughtWithin,
  impliedEMax,
  parseCampaignFile,
  upliftCounts,
  upliftOf,
} from '../../../src/core/index.ts';

describe('upliftOf', () => {
  // Treatment 60 of 100 retained, control 50 of 100, worked by hand:
  // Δ = 0.10; se = √(0.6·0.4/100 + 0.5·0.5/100) = √0.0049 = 0.07; 1.96·0.07 = 0.1372.
  it('gives the two-proportion interval and flags it not significant', () => {
    const u = upliftOf({ treated: 100, treatedRetained: 60, control: 100, controlRetained: 50 });
    expect(u.retentionTreated).toBeCloseTo(0.6, 12);
    expect(u.retentionControl).toBeCloseTo(0.5, 12);
    expect(u.absolute).toBeCloseTo(0.1, 12);
    expect(u.low).toBeCloseTo(0.1 - 1.959964 * 0.07, 9); // −0.0372
    expect(u.high).toBeCloseTo(0.1 + 1.959964 * 0.07, 9); // 0.2372
    expect(u.relative).toBeCloseTo(0.2, 12); // 0.10 / 0.50
    expect(u.churnReduction).toBeCloseTo(0.2, 12); // 0.10 / (1 − 0.50)
    expect(u.significant).toBe(false);
  });

  // 600 of 1000 against 500 of 1000: se = √0.00049 = 0.0221359, interval 0.0566 – 0.1434.
  it('is significant with ten times the customers', () => {
    const u = upliftOf({
      treated: 1000,
      treatedRetained: 600,
      control: 1000,
      controlRetained: 500,
    });
    expect(u.low).toBeCloseTo(0.1 - 1.959964 * Math.sqrt(0.00049), 9);
    expect(u.low).toBeGreaterThan(0.05);
    expect(u.significant).toBe(true);
  });

  it('flags a significant negative uplift and handles an empty group', () => {
    const down = upliftOf({
      treated: 1000,
      treatedRetained: 400,
      control: 1000,
      controlRetained: 500,
    });
    expect(down.significant).toBe(true);
    expect(down.churnReduction).toBeCloseTo(-0.2, 12);
    const empty = upliftOf({ treated: 10, treatedRetained: 5, control: 0, controlRetained: 0 });
    expect(empty.absolute).toBeNaN();
    expect(empty.significant).toBe(false);
  });
});

describe('impliedEMax', () => {
  // e(c) = e_max (1 − exp(−c/k)); at c = k, 1 − e^−1 = 0.63212056: 0.2 / 0.63212056 = 0.31639.
  it('inverts the response curve at the campaign spend', () => {
    expect(impliedEMax(0.2, 4, 4)).toBeCloseTo(0.2 / 0.63212056, 6);
    expect(impliedEMax(-0.1, 4, 4)).toBe(0);
    expect(impliedEMax(0.9, 0.1, 4)).toBe(1);
    expect(impliedEMax(0.2, 0, 4)).toBeNaN();
  });
});

describe('boughtWithin and upliftCounts', () => {
  // Customer 0 bought on days 10, 20, 45; customer 1 on day 5 only.
  const offsets = [0, 3, 4];
  const days = [10, 20, 45, 5];
  it('looks at (from, from + window] only', () => {
    expect(boughtWithin(offsets, days, 0, 10, 10)).toBe(true); // day 20
    expect(boughtWithin(offsets, days, 0, 20, 10)).toBe(false); // 45 > 30
    expect(boughtWithin(offsets, days, 0, 20, 25)).toBe(true); // 45 ≤ 45
    expect(boughtWithin(offsets, days, 1, 5, 100)).toBe(false); // same day is not after
  });

  it('counts per segment and in total, skipping excluded members', () => {
    const counts = upliftCounts(
      [0, 0, 1, -1, 1],
      [1, 0, 1, 1, 0],
      [1, 1, 0, 1, 1],
      [1, 1, 1, 1, 0],
      2,
    );
    expect(counts).toEqual([
      { treated: 1, treatedRetained: 1, control: 1, controlRetained: 1 },
      { treated: 1, treatedRetained: 0, control: 0, controlRetained: 0 },
      { treated: 3, treatedRetained: 2, control: 1, controlRetained: 1 },
    ]);
  });
});

describe('parseCampaignFile', () => {
  it('reads ids, groups, channels and dates (semicolons, day-first dates)', () => {
    const file = parseCampaignFile(
      'Customer ID;Group;Channel;Campaign date\nA;treatment;sms;31.03.2024\nB;control;;31.03.2024\nC;maybe;sms;31.03.2024\n;control;;31.03.2024\n',
    );
    expect(file.members.map((m) => [m.customerId, m.arm, m.channel])).toEqual([
      ['A', 'treatment', 'sms'],
      ['B', 'control', null],
    ]);
    expect(file.members[0]!.day).toBe(Date.UTC(2024, 2, 31) / 86_400_000);
    expect(file.channels).toEqual(['sms']);
    expect(file.skipped).toBe(2);
    expect(file.problems[0]).toContain('neither treatment nor control');
  });

  it('names the missing columns', () => {
    expect(() => parseCampaignFile('customer_id,date\nA,2024-01-01\n')).toThrow(/group/);
  });
});
