/**
 * Saved retention-spend scenarios of a data set (the v2 `scenarios` table). A record's body is
 * the scenario itself, as the scenario file holds it; names are the user's, one of each per
 * data set (compared trimmed and case-blind). The scenario being edited, saved or not, is kept
 * in the same table under the reserved id `draft:<data set id>` (so it goes with its data set
 * into backups and back, like the saved ones); the lists leave it out.
 */
import { liveQuery } from 'dexie';
import { db, type ScenarioRecord } from './db.ts';
import { guarded } from './errors.ts';

export type { ScenarioRecord };

const DRAFT = 'draft:';

/** Thrown when a data set already has a scenario of that name. */
export class DuplicateNameError extends Error {
  constructor(readonly scenarioName: string) {
    super(`A scenario named “${scenarioName}” already exists.`);
    this.name = 'DuplicateNameError';
  }
}

/** A data set's scenarios, most recently changed first. */
export async function listScenarios(datasetId: string): Promise<ScenarioRecord[]> {
  const records = (await db().scenarios.where('datasetId').equals(datasetId).toArray()).filter(
    (r) => !r.id.startsWith(DRAFT),
  );
  return records.sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name));
}

export async function getScenario(id: string): Promise<ScenarioRecord | undefined> {
  return db().scenarios.get(id);
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether another scenario of the data set (not `exceptId`) has this name. */
export async function nameTaken(
  datasetId: string,
  name: string,
  exceptId: string | null = null,
): Promise<boolean> {
  return (await listScenarios(datasetId)).some((r) => r.id !== exceptId && sameName(r.name, name));
}

/** `name`, or `name (2)`, `name (3)`… — the first the data set does not have yet. */
export async function freeName(datasetId: string, name: string): Promise<string> {
  const names = (await listScenarios(datasetId)).map((r) => r.name);
  const clean = checkName(name);
  const base = clean.replace(/ \(\d+\)$/, '');
  let candidate = clean;
  for (let n = 2; names.some((x) => sameName(x, candidate)); n++) candidate = `${base} (${n})`;
  return candidate;
}

/** Saves a new scenario and returns its record; a name the data set has is refused. */
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
  if (await nameTaken(datasetId, record.name)) throw new DuplicateNameError(record.name);
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
  const record = await getScenario(id);
  if (record && (await nameTaken(record.datasetId, clean, id))) throw new DuplicateNameError(clean);
  await guarded('rename the scenario', async () => {
    const changed = await db().scenarios.update(id, { name: clean, updatedAt: Date.now() });
    if (changed === 0) throw new Error('the scenario no longer exists');
  });
}

/** A copy under a new name ("<name> (copy)" by default, numbered when taken). */
export async function duplicateScenario(id: string, name?: string): Promise<ScenarioRecord> {
  const source = await getScenario(id);
  if (!source) throw new Error('Could not duplicate the scenario: it no longer exists');
  const copy = await freeName(source.datasetId, name ?? `${source.name} (copy)`);
  return createScenario(source.datasetId, copy, source.body);
}

/** The scenario being edited in a data set, as last kept (undefined: none). */
export async function readDraft(datasetId: string): Promise<unknown> {
  return (await db().scenarios.get(DRAFT + datasetId))?.body;
}

/** Keeps the scenario being edited (its body is the simulator's), replacing the last one. */
export async function writeDraft(datasetId: string, body: unknown): Promise<void> {
  const record = { id: DRAFT + datasetId, datasetId, name: '', body, updatedAt: Date.now() };
  await guarded('keep the scenario being edited', () => db().scenarios.put(record));
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
