/**
 * Saved retention-spend scenarios of a data set (the v2 `scenarios` table). A record's body is
 * the scenario itself, as the scenario file holds it; names are the user's.
 */
import { liveQuery } from 'dexie';
import { db, type ScenarioRecord } from './db.ts';
import { guarded } from './errors.ts';

export type { ScenarioRecord };

/** A data set's scenarios, most recently changed first. */
export async function listScenarios(datasetId: string): Promise<ScenarioRecord[]> {
  const records = await db().scenarios.where('datasetId').equals(datasetId).toArray();
  return records.sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name));
}

export async function getScenario(id: string): Promise<ScenarioRecord | undefined> {
  return db().scenarios.get(id);
}

/** Saves a new scenario and returns its record. */
export async function createScenario(
  datasetId: string,
  name: string,
  body: unknown,
): Promise<ScenarioRecord> {
  const record: ScenarioRecord = {
    id: crypto.randomUUID(),
    datasetId,
    name: checkName(name),
    body,
    updatedAt: Date.now(),
  };
  await guarded('save the scenario', () => db().scenarios.add(record));
  return record;
}

/** Replaces a saved scenario's content (keeps its name). */
export async function updateScenario(id: string, body: unknown): Promise<void> {
  await guarded('save the scenario', async () => {
    const changed = await db().scenarios.update(id, { body, updatedAt: Date.now() });
    if (changed === 0) throw new Error('the scenario no longer exists');
  });
}

export async function renameScenario(id: string, name: string): Promise<void> {
  const clean = checkName(name);
  await guarded('rename the scenario', async () => {
    const changed = await db().scenarios.update(id, { name: clean, updatedAt: Date.now() });
    if (changed === 0) throw new Error('the scenario no longer exists');
  });
}

/** A copy under a new name ("<name> (copy)" by default). */
export async function duplicateScenario(id: string, name?: string): Promise<ScenarioRecord> {
  const source = await getScenario(id);
  if (!source) throw new Error('Could not duplicate the scenario: it no longer exists');
  return createScenario(source.datasetId, name ?? `${source.name} (copy)`, source.body);
}

export async function deleteScenario(id: string): Promise<void> {
  await guarded('delete the scenario', () => db().scenarios.delete(id));
}

function checkName(name: string): string {
  const clean = name.trim();
  if (!clean) throw new Error('A scenario needs a name.');
  if (clean.length > 200) throw new Error('A scenario name can have at most 200 characters.');
  return clean;
}

/** Calls `onChange` with the data set's scenarios now and after every change, in any tab. */
export function watchScenarios(
  datasetId: string,
  onChange: (scenarios: ScenarioRecord[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => listScenarios(datasetId)).subscribe({
    next: onChange,
    error: onError,
  });
  return () => subscription.unsubscribe();
}
