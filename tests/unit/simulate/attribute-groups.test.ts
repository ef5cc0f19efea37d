import { describe, expect, it } from 'vitest';
import { SCENARIO_LIMITS, attributeGroups } from '../../../src/core/index.ts';

describe('attributeGroups (the app and the CLI segment by an attribute with it)', () => {
  it('keys each value, and puts customers without one in "(not set)"', () => {
    const { group, labels } = attributeGroups([0, 1, 1, -1, 2], ['web', 'shop', 'phone'], 'ch');
    expect(Array.from(group)).toEqual([0, 1, 1, 3, 2]);
    expect(labels).toEqual([
      { key: 'ch:web', label: 'web' },
      { key: 'ch:shop', label: 'shop' },
      { key: 'ch:phone', label: 'phone' },
      { key: 'ch:', label: '(not set)' },
    ]);
  });

  it('keeps the largest values within a scenario’s limit, the rest as "(other)"', () => {
    // max + 1 values: v0 has 1 customer, v1 … v_max 2 each. max − 1 are kept (the largest, ties
    // by order: v1 … v_{max−1}); v0 and v_max become "(other)", then "(not set)".
    const max = SCENARIO_LIMITS.segments - 1;
    const names = Array.from({ length: max + 1 }, (_, i) => `v${i}`);
    const values = [0, ...names.slice(1).flatMap((_, i) => [i + 1, i + 1]), -1];
    const { group, labels } = attributeGroups(values, names, 'p');
    expect(labels).toHaveLength(SCENARIO_LIMITS.segments);
    expect(labels.at(-2)).toEqual({ key: 'other:p', label: '(other)' });
    expect(labels.at(-1)).toEqual({ key: 'p:', label: '(not set)' });
    expect(labels.some((l) => l.key === 'p:v0')).toBe(false);
    const other = labels.length - 2;
    expect(group[0]).toBe(other);
    expect(group[values.length - 2]).toBe(other); // a customer of v_max
    expect(group[values.length - 1]).toBe(labels.length - 1);
  });
});
