import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, useDb, type TenureDb } from '../../../src/storage/db.ts';
import {
  createScenario,
  deleteScenario,
  duplicateScenario,
  freeName,
  getScenario,
  listScenarios,
  readDraft,
  renameScenario,
  updateScenario,
  writeDraft,
} from '../../../src/storage/scenarios.ts';

let db: TenureDb;
let counter = 0;

beforeEach(() => {
  db = openDb(`tenure-scenarios-${counter++}`);
  useDb(db);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('scenarios repository', () => {
  it('saves, lists per data set, renames, updates, duplicates and deletes', async () => {
    const a = await createScenario('d1', '  Base  ', { spend: 1 });
    await new Promise((r) => setTimeout(r, 2));
    const b = await createScenario('d1', 'Aggressive', { spend: 9 });
    await createScenario('d2', 'Other data set', {});
    expect(a.name).toBe('Base');
    expect((await listScenarios('d1')).map((s) => s.name)).toEqual(['Aggressive', 'Base']);

    await renameScenario(a.id, 'Baseline');
    await updateScenario(b.id, { spend: 5 });
    expect((await getScenario(a.id))?.name).toBe('Baseline');
    expect((await getScenario(b.id))?.body).toEqual({ spend: 5 });

    const copy = await duplicateScenario(b.id);
    expect(copy.name).toBe('Aggressive (copy)');
    expect(copy.body).toEqual({ spend: 5 });
    expect(copy.id).not.toBe(b.id);

    await deleteScenario(a.id);
    expect((await listScenarios('d1')).map((s) => s.name).sort()).toEqual([
      'Aggressive',
      'Aggressive (copy)',
    ]);
  });

  it('refuses an empty name and a missing scenario', async () => {
    await expect(createScenario('d1', '   ', {})).rejects.toThrow('A scenario needs a name.');
    await expect(renameScenario('nope', 'x')).rejects.toThrow(/no longer exists/);
    await expect(duplicateScenario('nope')).rejects.toThrow(/no longer exists/);
  });

  it('keeps names unique per data set: refuses on save and rename, numbers copies', async () => {
    const a = await createScenario('d1', 'Base', {});
    await createScenario('d2', 'Base', {});
    await expect(createScenario('d1', ' base ', {})).rejects.toThrow(
      'A scenario named “base” already exists.',
    );
    const b = await createScenario('d1', 'Other', {});
    await expect(renameScenario(b.id, 'BASE')).rejects.toThrow(/already exists/);
    await renameScenario(a.id, 'base'); // its own name, another case: allowed
    expect(await freeName('d1', 'Base')).toBe('Base (2)');
    expect(await freeName('d1', 'New')).toBe('New');
    expect((await duplicateScenario(a.id)).name).toBe('base (copy)');
    expect((await duplicateScenario(a.id)).name).toBe('base (copy) (2)');
    expect((await duplicateScenario(a.id)).name).toBe('base (copy) (3)');
  });

  it('keeps one draft per data set, out of the list', async () => {
    expect(await readDraft('d1')).toBeUndefined();
    await writeDraft('d1', { spend: 1 });
    await writeDraft('d1', { spend: 2 });
    await writeDraft('d2', { spend: 3 });
    await createScenario('d1', 'Saved', {});
    expect(await readDraft('d1')).toEqual({ spend: 2 });
    expect(await readDraft('d2')).toEqual({ spend: 3 });
    expect((await listScenarios('d1')).map((s) => s.name)).toEqual(['Saved']);
    expect(await freeName('d1', 'Saved')).toBe('Saved (2)');
  });
});
