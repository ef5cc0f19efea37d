/**
 * The RFM section's state (src/features/ltv/rfm/rfm-view.svelte.ts) against a fake analytics
 * worker: scores as of the data's last day, again for a new valid as-of day only, and the list
 * of an opened segment closed when it goes stale.
 */
import { describe, expect, it, vi } from 'vitest';
import type { CustomerList } from '../../../src/bridge/analytics-client.ts';
import {
  RfmView,
  type Rfm,
  type RfmClient,
} from '../../../src/features/ltv/rfm/rfm-view.svelte.ts';

// 2024-12-31 and 2024-06-30 as day numbers (days since 1970-01-01).
const DEC_31 = 20_088;
const JUN_30 = 19_904;
const RFM = { customers: 3 } as unknown as Rfm;
const LIST = { ids: ['C1'] } as unknown as CustomerList;

function fake() {
  return {
    scoreRfm: vi.fn(() => Promise.resolve(RFM)),
    listRfmSegment: vi.fn(() => Promise.resolve(LIST)),
  } satisfies RfmClient;
}

describe('RfmView', () => {
  it('scores the customers as of the data’s last day', async () => {
    const client = fake();
    const view = new RfmView('rfm-1', DEC_31, client);
    expect(view.asOfText).toBe('2024-12-31');
    await view.start();
    expect(client.scoreRfm).toHaveBeenCalledWith('rfm-1', { asOf: DEC_31 });
    expect(view.result.value).toBe(RFM);
  });

  it('a segment lists its customers; a new as-of day closes it and scores again', async () => {
    const client = fake();
    const view = new RfmView('rfm-1', DEC_31, client);
    await view.start();
    await view.open(4);
    expect(client.listRfmSegment).toHaveBeenCalledWith('rfm-1', { asOf: DEC_31, segment: 4 });
    expect([view.selected, view.drill.value]).toEqual([4, LIST]);
    await view.setAsOf('2024-06-30');
    expect([view.selected, view.drill.value]).toEqual([null, undefined]);
    expect(client.scoreRfm).toHaveBeenLastCalledWith('rfm-1', { asOf: JUN_30 });
  });

  it('an unfinished date computes nothing until it is a day again', async () => {
    const client = fake();
    const view = new RfmView('rfm-1', DEC_31, client);
    await view.start();
    await view.setAsOf('2024-06-');
    expect(view.asOf).toBeNull();
    await view.open(1);
    expect(client.listRfmSegment).not.toHaveBeenCalled();
    await view.setAsOf('2024-12-31');
    expect(client.scoreRfm).toHaveBeenCalledTimes(2);
  });
});
