/**
 * The Churn screen's state (src/features/churn/churn-view.svelte.ts) against a fake analytics
 * worker: what it asks for, in which order, and what it keeps of the answers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CustomerList } from '../../../src/bridge/analytics-client.ts';
import {
  ChurnView,
  type ChurnClient,
  type ChurnData,
  type Overview,
} from '../../../src/features/churn/churn-view.svelte.ts';

const OVERVIEW = {
  firstDay: 0,
  lastDay: 729,
  customers: 3,
  window: { days: 90 },
} as unknown as Overview;
const DATA = { series: { periods: [] }, growth: { periods: [] } } as unknown as ChurnData;
const LIST = { ids: ['C1'] } as unknown as CustomerList;

let datasets = 0;
/** A data set id of its own per test: the screen's choices are kept per data set. */
const freshId = () => `churn-${++datasets}`;

function fake(overview: Promise<Overview> = Promise.resolve(OVERVIEW)) {
  return {
    describeDataset: vi.fn(() => overview),
    measureChurn: vi.fn(() => Promise.resolve(DATA)),
    listChurnCell: vi.fn(() => Promise.resolve(LIST)),
    listGrowthCell: vi.fn(() => Promise.resolve(LIST)),
  } satisfies ChurnClient;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ChurnView', () => {
  it('starts with the suggested window and computes the monthly series', async () => {
    const client = fake();
    const id = freshId();
    const view = new ChurnView(id, client);
    await view.start();
    expect(client.describeDataset).toHaveBeenCalledWith(id);
    expect(view.window).toBe(90);
    expect(view.maxWindow).toBe(730);
    expect(client.measureChurn).toHaveBeenCalledWith(id, {
      grain: 'month',
      window: 90,
      mode: 'activity',
    });
    expect(view.data.value).toBe(DATA);
    expect(view.data.loading).toBe(false);
  });

  it('shows the overview’s error and computes nothing', async () => {
    const client = fake(Promise.reject(new Error('no such data set')));
    const view = new ChurnView(freshId(), client);
    await view.start();
    expect(view.overview.error).toBe('no such data set');
    expect(view.window).toBeNull();
    expect(client.measureChurn).not.toHaveBeenCalled();
  });

  it('a new grain recomputes, closes the drill-down and is kept for the data set', async () => {
    const client = fake();
    const id = freshId();
    const view = new ChurnView(id, client);
    await view.start();
    await view.drillChurn('2024-01', 'lost');
    expect(view.drill.value).toEqual({
      kind: 'churn',
      period: '2024-01',
      group: 'lost',
      list: LIST,
    });
    expect(client.listChurnCell).toHaveBeenCalledWith(id, {
      grain: 'month',
      window: 90,
      mode: 'activity',
      period: '2024-01',
      group: 'lost',
    });
    await view.setGrain('week');
    expect(view.drill.value).toBeUndefined();
    expect(client.measureChurn).toHaveBeenLastCalledWith(id, {
      grain: 'week',
      window: 90,
      mode: 'activity',
    });
    expect(new ChurnView(id, fake()).grain).toBe('week');
  });

  it('waits for the window control to pause, and refuses windows out of range', async () => {
    vi.useFakeTimers();
    const client = fake();
    const view = new ChurnView(freshId(), client);
    await view.start();
    view.setWindow(0);
    view.setWindow(731);
    view.setWindow(30.5);
    expect(view.window).toBe(90);
    view.setWindow(30);
    view.setWindow(45);
    expect(view.window).toBe(45);
    expect(client.measureChurn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(150);
    expect(client.measureChurn).toHaveBeenCalledTimes(2);
    expect(client.measureChurn).toHaveBeenLastCalledWith(expect.any(String), {
      grain: 'month',
      window: 45,
      mode: 'activity',
    });
  });

  it('growth groups drill with the grain only', async () => {
    const client = fake();
    const id = freshId();
    const view = new ChurnView(id, client);
    await view.start();
    await view.drillGrowth('2024-02', 'resurrected');
    expect(client.listGrowthCell).toHaveBeenCalledWith(id, {
      grain: 'month',
      period: '2024-02',
      group: 'resurrected',
    });
    expect(view.drill.value?.kind).toBe('growth');
    view.closeDrill();
    expect(view.drill.value).toBeUndefined();
  });
});
