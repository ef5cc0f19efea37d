/**
 * The Lifetime value screen's state (src/features/ltv/ltv-view.svelte.ts) against a fake
 * analytics worker: the inputs start from the overview's suggestions, then from the choices kept.
 */
import { describe, expect, it, vi } from 'vitest';
import { LtvView, type LtvClient } from '../../../src/features/ltv/ltv-view.svelte.ts';
import type { Overview } from '../../../src/features/ltv/sections.ts';
import { recallChoices } from '../../../src/state/choices.ts';

const OVERVIEW = {
  customers: 10,
  window: { days: 142 },
  hasCost: true,
  attributes: ['firstProduct', 'acquisitionChannel'],
} as unknown as Overview;

let datasets = 0;
const freshId = () => `ltv-${++datasets}`;

function fake(overview: () => Promise<Overview> = () => Promise.resolve(OVERVIEW)) {
  return { describeDataset: vi.fn(overview) } satisfies LtvClient;
}

describe('LtvView', () => {
  it('starts the inputs from the overview’s suggestions', async () => {
    const client = fake();
    const id = freshId();
    const view = new LtvView(id, client);
    expect(view.settings).toBeUndefined();
    await view.start();
    expect(client.describeDataset).toHaveBeenCalledWith(id);
    expect(view.settings?.window).toBe(142);
    expect(view.settings?.marginSource).toBe('cost');
    expect(view.settings?.split).toBe('acquisitionChannel');
  });

  it('keeps valid inputs only, and a new view of the data set starts from them', async () => {
    const id = freshId();
    const view = new LtvView(id, fake());
    await view.start();
    const settings = view.settings!;
    settings.window = 60;
    settings.grain = 'quarter';
    view.remember();
    settings.window = 0;
    view.remember();
    expect(recallChoices<{ window: number }>('ltv', id).window).toBe(60);
    const again = new LtvView(id, fake());
    await again.start();
    expect([again.settings?.window, again.settings?.grain]).toEqual([60, 'quarter']);
  });

  it('has no inputs when the overview fails', async () => {
    const view = new LtvView(
      freshId(),
      fake(() => Promise.reject(new Error('gone'))),
    );
    await view.start();
    view.remember();
    expect(view.overview.error).toBe('gone');
    expect(view.settings).toBeUndefined();
  });
});
