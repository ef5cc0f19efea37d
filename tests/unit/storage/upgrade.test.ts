import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../src/storage/db.ts';

/**
 * The pattern for every schema change: write records with the previous version's schema
 * (declared here by hand, exactly as it was), close, open with the current schema, and check
 * what the upgrade made of them.
 */
function declareV1(db: Dexie): void {
  db.version(1).stores({
    datasets: 'id, status, createdAt',
    chunks: '[datasetId+index], datasetId',
    dictionaries: 'datasetId',
    customers: 'datasetId',
    summaries: 'datasetId',
    rejections: 'datasetId',
    mappings: 'signature',
    settings: 'key',
    results: 'key, datasetId',
  });
}

describe('schema versions', () => {
  it('v1 → v2 keeps every record and adds the board and scenario tables', async () => {
    const name = 'tenure-upgrade-v1-v2';
    const before = new Dexie(name);
    declareV1(before);
    await before.open();
    await before.table('datasets').put({ id: 'd1', status: 'ready', createdAt: 1, name: 'A' });
    await before.table('chunks').put({
      datasetId: 'd1',
      index: 0,
      day: Int32Array.from([1, 2]),
      amount: Float64Array.from([3, 4]),
    });
    await before.table('settings').put({ key: 'currentDataset', value: 'd1' });
    before.close();

    const after = openDb(name);
    await after.open();
    expect(after.verno).toBeGreaterThanOrEqual(2);
    expect(await after.datasets.get('d1')).toMatchObject({ name: 'A', status: 'ready' });
    expect((await after.chunks.toArray())[0]?.amount).toEqual(Float64Array.from([3, 4]));
    expect(await after.settings.get('currentDataset')).toEqual({
      key: 'currentDataset',
      value: 'd1',
    });
    await after.overrides.put({
      datasetId: 'd1',
      customerId: 'c1',
      lane: 'loyal',
      fromLane: 'active',
      at: 5,
    });
    expect(await after.overrides.where('datasetId').equals('d1').count()).toBe(1);
    await after.scenarios.put({ id: 's1', datasetId: 'd1', name: 'Plan', body: {}, updatedAt: 1 });
    expect(await after.scenarios.count()).toBe(1);
    after.close();
    await Dexie.delete(name);
  });

  it('v2 → v3 keeps every data set and adds the secrets table', async () => {
    const name = 'tenure-upgrade-v2-v3';
    const before = new Dexie(name);
    declareV1(before);
    before.version(2).stores({
      overrides: '[datasetId+customerId], datasetId',
      moves: '++id, datasetId, at',
      boards: 'datasetId',
      scenarios: 'id, datasetId, updatedAt',
    });
    await before.open();
    await before.table('datasets').put({ id: 'd1', status: 'ready', createdAt: 1, name: 'A' });
    await before
      .table('scenarios')
      .put({ id: 's1', datasetId: 'd1', name: 'P', body: {}, updatedAt: 1 });
    before.close();

    const after = openDb(name);
    await after.open();
    expect(after.verno).toBe(3);
    expect(await after.datasets.get('d1')).toMatchObject({ name: 'A', status: 'ready' });
    expect(await after.scenarios.count()).toBe(1);
    expect(await after.secrets.count()).toBe(0);
    after.close();
    await Dexie.delete(name);
  });
});
