/**
 * The Report screen's state (src/features/report/report-view.svelte.ts) against a fake
 * analytics worker, with the workspace settings in fake-indexeddb: each switched-on block is
 * computed with the choices the other screens kept, blocks switched off are remembered.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ReportView,
  type Overview,
  type ReportClient,
} from '../../../src/features/report/report-view.svelte.ts';
import { planKey } from '../../../src/features/contacts/contacts-view.svelte.ts';
import { rememberChoices } from '../../../src/state/choices.ts';
import { setSetting } from '../../../src/state/records.ts';
import { openDb, useDb, type TenureDb } from '../../../src/storage/db.ts';

type Result<K extends keyof ReportClient> = Awaited<ReturnType<ReportClient[K]>>;

const OVERVIEW = {
  customers: 5,
  window: { days: 120 },
  hasCost: false,
  hasCac: false,
  attributes: [],
} as unknown as Overview;

let db: TenureDb;
beforeAll(() => {
  db = openDb('tenure-report-view-test');
  useDb(db);
});
afterAll(() => db.close());

let datasets = 0;
const freshId = () => `report-${++datasets}`;

function fake() {
  return {
    describeDataset: vi.fn(() => Promise.resolve(OVERVIEW)),
    countCohorts: vi.fn(() =>
      Promise.resolve({ cohorts: [] } as unknown as Result<'countCohorts'>),
    ),
    measureChurn: vi.fn(() => Promise.resolve({ series: {} } as unknown as Result<'measureChurn'>)),
    estimateLtv: vi.fn(() =>
      Promise.resolve({ report: { ltv: 1 } } as unknown as Result<'estimateLtv'>),
    ),
    measureConcentration: vi.fn(() => Promise.resolve({} as Result<'measureConcentration'>)),
    reportPredictions: vi.fn(() => Promise.resolve({} as Result<'reportPredictions'>)),
    planContacts: vi.fn(() => Promise.resolve({} as Result<'planContacts'>)),
  } satisfies ReportClient;
}

describe('ReportView', () => {
  it('computes every block with the screens’ defaults; no contact plan until one is made', async () => {
    const client = fake();
    const id = freshId();
    const view = new ReportView(id, client);
    expect(view.loaded).toBe(false);
    await view.start();
    expect(view.loaded).toBe(true);
    expect(client.countCohorts).toHaveBeenCalledWith(id, {
      grain: 'month',
      metric: 'customers',
      mode: 'classic',
      split: undefined,
    });
    expect(client.measureChurn).toHaveBeenCalledWith(id, {
      grain: 'month',
      window: 120,
      mode: 'activity',
    });
    expect(client.estimateLtv).toHaveBeenCalledTimes(1);
    expect(client.measureConcentration).toHaveBeenCalledTimes(1);
    expect(client.reportPredictions).toHaveBeenCalledTimes(1);
    expect(client.planContacts).not.toHaveBeenCalled();
    expect(view.plan.value).toBeNull();
    expect(view.scenarios.value).toEqual([]);
    // Every block but the facts, which wait for a data set record this database does not hold.
    expect(view.progress).toEqual({ done: 8, total: 9 });
  });

  it('uses the choices kept by the other screens and a plan once made', async () => {
    const client = fake();
    const id = freshId();
    rememberChoices('churn', id, { grain: 'quarter', window: 30, mode: 'activity' });
    await setSetting(planKey(id), { days: 30 });
    const view = new ReportView(id, client);
    await view.start();
    expect(client.measureChurn).toHaveBeenCalledWith(id, {
      grain: 'quarter',
      window: 30,
      mode: 'activity',
    });
    expect(client.planContacts).toHaveBeenCalledWith(id, expect.objectContaining({ days: 30 }));
    expect(view.plan.value?.settings.days).toBe(30);
  });

  it('a block switched off is remembered and not computed; switched on, it is', async () => {
    const id = freshId();
    const first = new ReportView(id, fake());
    await first.start();
    await first.toggle('cohorts', false);
    const client = fake();
    const view = new ReportView(id, client);
    await view.start();
    expect(view.on('cohorts')).toBe(false);
    expect(client.countCohorts).not.toHaveBeenCalled();
    expect(view.progress.total).toBe(8);
    await view.toggle('cohorts', true);
    expect(client.countCohorts).toHaveBeenCalledTimes(1);
  });

  it('computes no block when the overview fails', async () => {
    const client = fake();
    client.describeDataset.mockImplementationOnce(() => Promise.reject(new Error('gone')));
    const view = new ReportView(freshId(), client);
    await view.start();
    expect(view.overview.error).toBe('gone');
    expect(client.countCohorts).not.toHaveBeenCalled();
    expect(client.measureChurn).not.toHaveBeenCalled();
  });
});
