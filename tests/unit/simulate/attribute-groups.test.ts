import { describe, expect, it } from 'vitest';
import {
  SCENARIO_LIMITS,
  attributeGroups,
  scenarioLabel,
  segmentNameOf,
  withLabel,
} from '../../../src/core/index.ts';

describe('attributeGroups (the app and the CLI segment by an attribute with it)', () => {
  it('keys each value, and puts customers without one in "not set"', () => {
    const { group, labels } = attributeGroups([0, 1, 1, -1, 2], ['web', 'shop', 'phone'], 'ch');
    expect(Array.from(group)).toEqual([0, 1, 1, 3, 2]);
    expect(labels).toEqual([
      { key: 'ch:web', name: { kind: 'value', value: 'web' } },
      { key: 'ch:shop', name: { kind: 'value', value: 'shop' } },
      { key: 'ch:phone', name: { kind: 'value', value: 'phone' } },
      { key: 'ch:', name: { kind: 'notSet' } },
    ]);
    // A scenario file spells them as it always has.
    expect(labels.map((l) => scenarioLabel(l.name))).toEqual(['web', 'shop', 'phone', '(not set)']);
  });

  it('keeps the largest values within a scenario’s limit, the rest as "other"', () => {
    // max + 1 values: v0 has 1 customer, v1 … v_max 2 each. max − 1 are kept (the largest, ties
    // by order: v1 … v_{max−1}); v0 and v_max become "(other)", then "(not set)".
    const max = SCENARIO_LIMITS.segments - 1;
    const names = Array.from({ length: max + 1 }, (_, i) => `v${i}`);
    const values = [0, ...names.slice(1).flatMap((_, i) => [i + 1, i + 1]), -1];
    const { group, labels } = attributeGroups(values, names, 'p');
    expect(labels).toHaveLength(SCENARIO_LIMITS.segments);
    expect(labels.at(-2)).toEqual({ key: 'other:p', name: { kind: 'other' } });
    expect(labels.at(-1)).toEqual({ key: 'p:', name: { kind: 'notSet' } });
    expect(scenarioLabel(labels.at(-2)!.name)).toBe('(other)');
    expect(labels.some((l) => l.key === 'p:v0')).toBe(false);
    const other = labels.length - 2;
    expect(group[0]).toBe(other);
    expect(group[values.length - 2]).toBe(other); // a customer of v_max
    expect(group[values.length - 1]).toBe(labels.length - 1);
  });
});

describe('segment names (codes on the wire, labels in a scenario)', () => {
  it('reads the code back from a saved key and label, whatever the label says', () => {
    const saved = [
      { key: 'v2r0', label: 'high value · low risk' },
      { key: 'winBack', label: 'Win-back' },
      { key: 'other:firstChannel', label: '(other)' },
      { key: 'firstChannel:', label: '(not set)' },
      { key: 'custom:rest', label: 'Everyone else' },
      { key: 'firstChannel:web', label: 'web' },
      { key: 'rfm:Champions', label: 'Champions' },
    ];
    const names = saved.map((s) => segmentNameOf(s.key, s.label));
    expect(names).toEqual([
      { kind: 'cell', value: 2, risk: 0 },
      { kind: 'winBack' },
      { kind: 'other' },
      { kind: 'notSet' },
      { kind: 'rest' },
      { kind: 'value', value: 'web' },
      { kind: 'value', value: 'Champions' },
    ]);
    // Spelling the codes gives the saved labels back, key and label first.
    expect(saved.map((s, i) => withLabel({ key: s.key, name: names[i]!, customers: 1 }))).toEqual(
      saved.map((s) => ({ ...s, customers: 1 })),
    );
    expect(Object.keys(withLabel({ customers: 1, key: 'winBack', name: names[1]! }))).toEqual([
      'key',
      'label',
      'customers',
    ]);
  });
});
