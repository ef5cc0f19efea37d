import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { declareSchema, openDb } from '../../../src/storage/db.ts';

/**
 * The pattern for every future schema change: write records with the previous version's
 * schema (declared here by hand, as it was), close, open with the current `declareSchema`,
 * and check what the upgrade made of them.
 */
describe('schema versions', () => {
  it('opens a database written by an earlier session at the current version', async () => {
    expect.hasAssertions();
    const name = 'tenure-upgrade-v1';
    const before = new Dexie(name);
    declareSchema(before);
    await before.open();
    await before.table('settings').put({ key: 'currentDataset', value: 'abc' });
    before.close();

    const after = openDb(name);
    await after.open();
    expect(after.verno).toBe(1);
    expect(await after.settings.get('currentDataset')).toEqual({
      key: 'currentDataset',
      value: 'abc',
    });
    after.close();
    await Dexie.delete(name);
  });
});
