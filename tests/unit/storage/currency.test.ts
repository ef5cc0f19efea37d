import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { TenureDb } from '../../../src/storage/db.ts';
import { getDataset, setDatasetCurrency } from '../../../src/storage/datasets.ts';
import {
  createBackup,
  deleteEverything,
  encodeBackup,
  readBackup,
  restoreBackup,
} from '../../../src/storage/backup.ts';
import { addDataset, freshDb } from './backup-fixture.ts';

let db: TenureDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

it('a data set keeps its currency through a backup and restore', async () => {
  const id = await addDataset('Shop', 8);
  expect((await getDataset(id))?.currency).toBeUndefined();
  await setDatasetCurrency(id, 'BGN');
  await expect(setDatasetCurrency(id, 'leva')).rejects.toThrow('Not a currency code');
  const { bytes } = await createBackup();
  await deleteEverything();
  await restoreBackup(await readBackup(bytes));
  expect((await getDataset(id))?.currency).toBe('BGN');
});

it('reads backups made before currencies, and refuses an unreadable currency', async () => {
  const id = await addDataset('Shop', 8);
  const { bytes } = await createBackup();
  const old = await readBackup(bytes);
  // A backup made before currencies: the record has no such field, and restores as it is.
  expect(Object.keys(old.tables.datasets[0] as object)).not.toContain('currency');
  await deleteEverything();
  await restoreBackup(await readBackup(await encodeBackup(old)));
  expect((await getDataset(id))?.currency).toBeUndefined();

  const bad = structuredClone(old);
  (bad.tables.datasets[0] as { currency?: string }).currency = 'euro';
  await expect(readBackup(await encodeBackup(bad))).rejects.toThrow('unreadable currency');
});
