import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TenureDb } from '../../../src/storage/db.ts';
import {
  createBackup,
  deleteEverything,
  readBackup,
  restoreBackup,
} from '../../../src/storage/backup.ts';
import { getSetting, setSetting } from '../../../src/storage/workspace.ts';
import { addDataset, freshDb } from './backup-fixture.ts';
import { craft } from './backup-craft.ts';

type Json = { tables: Record<string, Record<string, unknown>[]> };

let db: TenureDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const plan = { from: null, days: 90, lead: 7, capacity: 500, cooldown: 0, channel: 'phone' };
const report = {
  title: 'Q4',
  client: 'Acme',
  summary: 'Churn fell.',
  off: ['pareto'],
  scenarioId: null,
};

describe('screen settings kept per data set', () => {
  it('travel with the backup: the Contact plan and the Report settings restore as they were', async () => {
    const id = await addDataset('Shop', 10);
    await setSetting(`contactPlan:${id}`, plan);
    await setSetting(`report:${id}`, report);
    const { bytes } = await createBackup();
    await deleteEverything();
    await restoreBackup(await readBackup(bytes));
    expect(await getSetting(`contactPlan:${id}`, null)).toEqual(plan);
    expect(await getSetting(`report:${id}`, null)).toEqual(report);
  });

  it('refuse a backup whose screen setting names a data set it does not hold', async () => {
    const id = await addDataset('Shop', 10);
    await setSetting(`report:${id}`, report);
    const { bytes } = await createBackup();
    const crafted = craft(bytes, (raw) => {
      const settings = (raw as Json).tables.settings!;
      settings.find((s) => s.key === `report:${id}`)!.key = 'report:someone-else';
    });
    await expect(readBackup(crafted)).rejects.toThrow(
      /setting .report:someone-else. is unreadable/,
    );
  });

  it('refuse a screen setting holding nested objects', async () => {
    const id = await addDataset('Shop', 10);
    await setSetting(`contactPlan:${id}`, plan);
    const { bytes } = await createBackup();
    const crafted = craft(bytes, (raw) => {
      const setting = (raw as Json).tables.settings!.find((s) => s.key === `contactPlan:${id}`)!;
      setting.value = { ...plan, from: { __proto__: { polluted: true } } };
    });
    await expect(readBackup(crafted)).rejects.toThrow(/unreadable/);
  });
});
