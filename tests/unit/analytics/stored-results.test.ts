import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeSample } from '../../support/stored-sample.ts';

import type { CohortMatrix } from '../../../src/core/index.ts';
import { openDb, useDb, type TenureDb } from '../../../src/storage/db.ts';

import { storedOr } from '../../../src/state/stored-results.ts';
import {
  DEFAULT_CONTROLS,
  cohortParams,
} from '../../../src/features/cohorts/cohorts-view.svelte.ts';
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
