import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { TenureDb } from '../../../src/storage/db.ts';
import { createBackup } from '../../../src/storage/backup.ts';
import { api } from '../../../workers/import.api.ts';
import { addDataset, freshDb } from './backup-fixture.ts';

let db: TenureDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

it('restores the previewed backup without unpacking the file again, and only under its token', async () => {
  const id = await addDataset('Sample coffee shop', 10);
  const { bytes } = await createBackup();
  const file = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const preview = await api.previewBackup(file);
  expect(preview.summary.datasets.map((d) => d.name)).toEqual(['Sample coffee shop']);
  expect(preview.replaces).toEqual([{ id, name: 'Sample coffee shop' }]);
  // The file given to the restore is not read again: the checked contents are reused.
  const unreadable = new Blob([new Uint8Array(8)]);
  await expect(api.restoreBackup(unreadable, preview.token)).resolves.toMatchObject({
    datasets: [{ id }],
  });
  // Used once: the same token again (or a wrong one) reads the file, which is refused.
  await expect(api.restoreBackup(unreadable, preview.token)).rejects.toThrow('not a Tenure backup');
  await api.previewBackup(file);
  api.forgetBackupPreview();
  await expect(api.restoreBackup(unreadable, preview.token)).rejects.toThrow('not a Tenure backup');
});
