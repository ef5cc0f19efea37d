/**
 * The screens' choices kept for the tab (src/state/choices.ts): per screen and data set, plain
 * copies, in sessionStorage when the browser has it and in memory otherwise.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recallChoices, rememberChoices } from '../../../src/state/choices.ts';

interface Controls {
  grain: string;
  window: number | null;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('screen choices', () => {
  it('are kept per screen and data set, in memory without sessionStorage', () => {
    expect(recallChoices<Controls>('churn', 'a')).toEqual({});
    const choices: Controls = { grain: 'quarter', window: 60 };
    rememberChoices('churn', 'a', choices);
    choices.grain = 'week';
    expect(recallChoices<Controls>('churn', 'a')).toEqual({ grain: 'quarter', window: 60 });
    expect(recallChoices<Controls>('churn', 'b')).toEqual({});
    expect(recallChoices<Controls>('cohorts', 'a')).toEqual({});
    rememberChoices('churn', 'a', { grain: 'month', window: null });
    expect(recallChoices<Controls>('churn', 'a')).toEqual({ grain: 'month', window: null });
  });

  it('live in the tab’s sessionStorage when there is one, and survive bad content', () => {
    const items = new Map<string, string>();
    vi.stubGlobal('sessionStorage', {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    });
    rememberChoices('ltv', 'd1', { grain: 'week', marginPercent: 30 });
    expect(JSON.parse(items.get('tenure.choices.ltv|d1') ?? 'null')).toEqual({
      grain: 'week',
      marginPercent: 30,
    });
    expect(recallChoices('ltv', 'd1')).toEqual({ grain: 'week', marginPercent: 30 });
    items.set('tenure.choices.ltv|d2', '{not json');
    items.set('tenure.choices.ltv|d3', '42');
    expect(recallChoices('ltv', 'd2')).toEqual({});
    expect(recallChoices('ltv', 'd3')).toEqual({});
  });
});
