/**
 * The states of the Lifetime value sections (simple LTV, concentration) against a fake
 * analytics worker: the parameters they send for the shared inputs, nothing while an input they
 * need is invalid.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Concentration } from '../../../src/core/index.ts';
import {
  ConcentrationView,
  type ConcentrationClient,
} from '../../../src/features/ltv/concentration/concentration-view.svelte.ts';
import { LtvSettings } from '../../../src/features/ltv/settings.svelte.ts';
import {
  SimpleLtvView,
  type LtvResult,
  type SimpleLtvClient,
} from '../../../src/features/ltv/simple/simple-ltv-view.svelte.ts';

const settings = () => new LtvSettings({ window: 90, hasCost: false, attributes: [] });

describe('SimpleLtvView', () => {
  it('computes the report for the inputs, as fractions, and nothing while one is invalid', async () => {
    const client = {
      estimateLtv: vi.fn(() => Promise.resolve({} as LtvResult)),
    } satisfies SimpleLtvClient;
    const view = new SimpleLtvView('ltv-1', client);
    const inputs = settings();
    inputs.marginPercent = 40;
    await view.compute(inputs);
    expect(client.estimateLtv).toHaveBeenCalledWith('ltv-1', {
      grain: 'month',
      margin: 0.4,
      marginSource: 'percent',
      discount: 0.01,
      trailingPeriods: 3,
      window: 90,
    });
    expect(view.result.value).toEqual({});
    inputs.window = 0;
    await view.compute(inputs);
    expect(client.estimateLtv).toHaveBeenCalledTimes(1);
  });
});

describe('ConcentrationView', () => {
  it('computes the curve of the measure; margin waits for a valid margin', async () => {
    const client = {
      measureConcentration: vi.fn(() => Promise.resolve({} as Concentration)),
    } satisfies ConcentrationClient;
    const view = new ConcentrationView('ltv-2', client);
    const inputs = settings();
    await view.compute(inputs);
    expect(client.measureConcentration).toHaveBeenCalledWith('ltv-2', {
      measure: 'revenue',
      margin: 1,
      marginSource: 'percent',
    });
    inputs.measure = 'margin';
    inputs.marginPercent = 140;
    await view.compute(inputs);
    expect(client.measureConcentration).toHaveBeenCalledTimes(1);
    inputs.measure = 'revenue';
    await view.compute(inputs);
    expect(client.measureConcentration).toHaveBeenCalledTimes(2);
  });
});
