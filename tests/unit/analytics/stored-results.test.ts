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
});
