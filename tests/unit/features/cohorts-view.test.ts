/**
 * The Cohorts screen's state (src/features/cohorts/cohorts-view.svelte.ts) against a fake
 * analytics worker: the parameters it sends for its controls, and what a change recomputes.
 */
import { describe, expect, it, vi } from 'vitest';
import type { CustomerList } from '../../../src/bridge/analytics-client.ts';
import type { CohortMatrix, CohortRow } from '../../../src/core/index.ts';
import {
  CohortsView,
  type CohortsClient,
  type Overview,
} from '../../../src/features/cohorts/cohorts-view.svelte.ts';

const OVERVIEW = { attributes: ['firstChannel'] } as unknown as Overview;
const MATRIX = { cohorts: [] } as unknown as CohortMatrix;
const LIST = { ids: ['C1', 'C2'] } as unknown as CustomerList;
const ROW = { cohort: '2024-01', group: 'web' } as unknown as CohortRow;

let datasets = 0;
/** A data set id of its own per test: the screen's choices are kept per data set. */
const freshId = () => `cohorts-${++datasets}`;

function fake() {
  return {
    describeDataset: vi.fn(() => Promise.resolve(OVERVIEW)),
    countCohorts: vi.fn(() => Promise.resolve(MATRIX)),
    listCohortCell: vi.fn(() => Promise.resolve(LIST)),
  } satisfies CohortsClient;
}

describe('CohortsView', () => {
  it('starts with the overview and the default monthly customer matrix', async () => {
    const client = fake();
    const id = freshId();
    const view = new CohortsView(id, client);
    await view.start();
    expect(view.overview.value).toBe(OVERVIEW);
    expect(view.matrix.value).toBe(MATRIX);
    expect(client.countCohorts).toHaveBeenCalledWith(id, {
      grain: 'month',
      metric: 'customers',
      mode: 'classic',
      split: undefined,
    });
  });

  it('recomputes for a new grain but not for the display choices', async () => {
    const client = fake();
    const view = new CohortsView(freshId(), client);
    await view.start();
    await view.set({ percent: false, minSize: 10 });
    expect(client.countCohorts).toHaveBeenCalledTimes(1);
    expect(view.controls.percent).toBe(false);
    await view.set({ grain: 'quarter', split: 'firstChannel' });
    expect(client.countCohorts).toHaveBeenCalledTimes(2);
    expect(client.countCohorts).toHaveBeenLastCalledWith(expect.any(String), {
      grain: 'quarter',
      metric: 'customers',
      mode: 'classic',
      split: 'firstChannel',
    });
  });

  it('cumulative revenue forces the classic mode; the choices are kept for the data set', async () => {
    const id = freshId();
    const view = new CohortsView(id, fake());
    await view.set({ mode: 'rolling' });
    expect(view.rollingAllowed).toBe(true);
    await view.set({ metric: 'cumulativeRevenuePerCustomer' });
    expect(view.controls.mode).toBe('classic');
    expect(view.rollingAllowed).toBe(false);
    expect(new CohortsView(id, fake()).controls.metric).toBe('cumulativeRevenuePerCustomer');
  });

  it('a cell lists its customers until closed or recomputed', async () => {
    const client = fake();
    const id = freshId();
    const view = new CohortsView(id, client);
    await view.start();
    await view.select(ROW, 2);
    expect(client.listCohortCell).toHaveBeenCalledWith(id, {
      grain: 'month',
      metric: 'customers',
      mode: 'classic',
      split: undefined,
      cohort: '2024-01',
      k: 2,
      group: 'web',
    });
    expect(view.cell.value).toEqual({ row: ROW, k: 2, list: LIST });
    await view.set({ metric: 'revenue' });
    expect(view.cell.value).toBeUndefined();
    await view.select(ROW, 1);
    view.closeCell();
    expect(view.cell.value).toBeUndefined();
  });

  it('keeps the worker’s error to show', async () => {
    const client = fake();
    client.countCohorts.mockImplementationOnce(() => Promise.reject(new Error('bad grain')));
    const view = new CohortsView(freshId(), client);
    await view.start();
    expect(view.matrix.error).toBe('bad grain');
    expect(view.matrix.value).toBeUndefined();
  });
});
