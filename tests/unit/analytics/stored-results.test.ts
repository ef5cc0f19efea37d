import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeSample } from '../../support/stored-sample.ts';

import type { CohortMatrix } from '../../../src/core/index.ts';
import { openDb, useDb, type TenureDb } from '../../../src/storage/db.ts';

import { storedOr } from '../../../src/state/stored-results.ts';
import {
  CohortsView,
  DEFAULT_CONTROLS,
  cohortParams,
  prepareCohorts,
} from '../../../src/features/cohorts/cohorts-view.svelte.ts';
import { cached } from '../../../workers/analytics/context.ts';
import { getResult, resultKey } from '../../../src/storage/results.ts';
import { putCustomers } from '../../../src/storage/datasets.ts';
import { descriptive } from '../../../workers/analytics/descriptive.ts';

let db: TenureDb;
let id: string;

beforeAll(async () => {
  db = openDb('tenure-stored-results-test');
  useDb(db);
  ({ id: id } = await storeSample());
});

afterAll(() => db.close());

const refuse = (): Promise<never> => Promise.reject(new Error('asked the worker'));

describe('storedOr: the screens read the worker’s cached results first', () => {
  it('asks the worker when nothing is stored', async () => {
    const params = cohortParams(DEFAULT_CONTROLS);
    await expect(storedOr(id, 'cohorts', params, refuse)).rejects.toThrow('asked the worker');
  });

  it('finds the cohort matrix under the key the worker cached it with', async () => {
    const params = cohortParams({ ...DEFAULT_CONTROLS, grain: 'quarter' });
    const computed = await descriptive.countCohorts(id, params);
    const stored = await storedOr<CohortMatrix>(
      id,
      'cohorts',
      cohortParams({ ...DEFAULT_CONTROLS, grain: 'quarter' }),
      refuse,
    );
    expect(stored).toEqual(computed);
    expect(stored.cohorts.length).toBeGreaterThan(0);
  });
});

describe('prepareCohorts: the first matrix is ready when Cohorts opens after an import', () => {
  it('stores the matrix of the screen’s first view, under the key the screen reads', async () => {
    await prepareCohorts(id, descriptive);
    const view = new CohortsView(id, { ...descriptive, countCohorts: refuse });
    await view.refresh();
    expect(view.matrix.error).toBeNull();
    expect(view.matrix.value?.grain).toBe('month');
    expect(view.matrix.value?.cohorts.length).toBeGreaterThan(0);
  });
});

describe('cached: one computation per result on its way', () => {
  it('gives a second request for a result being computed the same answer, computed once', async () => {
    let runs = 0;
    const compute = async () => {
      runs++;
      await new Promise((done) => setTimeout(done, 10));
      return { runs };
    };
    const [first, second] = await Promise.all([
      cached(id, 'dedup-test', { n: 1 }, compute),
      cached(id, 'dedup-test', { n: 1 }, compute),
    ]);
    expect(runs).toBe(1);
    expect(second).toEqual(first);
    // Other parameters are another result.
    await cached(id, 'dedup-test', { n: 2 }, compute);
    expect(runs).toBe(2);
  });

  it('computes again when a customers file joins while it computes, and caches only that', async () => {
    const seen: (string | null)[] = [];
    const compute = async () => {
      const file = (await db.datasets.get(id))?.customersFile ?? null;
      seen.push(file);
      // The first computation is overtaken by a join (as the sample's customers file is).
      if (seen.length === 1) {
        const none = { ids: [], names: [], segments: [], channels: [], plans: [] };
        const empty = {
          ...none,
          signupDay: new Int32Array(0),
          acquisitionCost: new Float64Array(0),
          contractEndDay: new Int32Array(0),
        };
        await putCustomers(id, empty, 'customers.csv');
      }
      return { file };
    };
    const value = await cached(id, 'join-test', {}, compute);
    expect(seen).toEqual([null, 'customers.csv']);
    expect(value).toEqual({ file: 'customers.csv' });
    expect(await getResult(resultKey(id, 'join-test', {}))).toEqual({ file: 'customers.csv' });
  });
});
