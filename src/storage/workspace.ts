/**
 * Workspace-level storage: remembered column mappings, settings, persistence and quota,
 * and live views of the data set list for the UI (Dexie liveQuery, so every tab stays in step).
 */
import { liveQuery } from 'dexie';
import { db, type DatasetRecord, type MappingRecord } from './db.ts';
import { guarded } from './errors.ts';
import type { ImportSettings } from '../core/index.ts';
import { listDatasets } from './datasets.ts';

/** Opens this thread's connection to the database now, rather than at its first request. */
export async function openStorage(): Promise<void> {
  await db().open();
}

/** The key a file layout is remembered by: its header cells. */
export function layoutSignature(headers: readonly string[]): string {
  return headers.map((h) => h.trim().toLowerCase()).join('\u241f');
}

export async function rememberMapping(headers: readonly string[], settings: ImportSettings) {
  const record: MappingRecord = {
    signature: layoutSignature(headers),
    settings,
    savedAt: Date.now(),
  };
  await guarded('remember the column mapping', () => db().mappings.put(record));
}

export async function recallMapping(
  headers: readonly string[],
): Promise<ImportSettings | undefined> {
  return (await db().mappings.get(layoutSignature(headers)))?.settings;
}

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const record = await db().settings.get(key);
  return record === undefined ? fallback : (record.value as T);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await guarded('save the setting', () => db().settings.put({ key, value }));
}

/** Calls `onChange` with the ready data sets now and after every change, in any tab. */
export function watchDatasets(
  onChange: (datasets: DatasetRecord[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(listDatasets).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}

export interface StorageStatus {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Whether storage is persistent, and how much is used of how much. Null where unknown. */
export async function storageStatus(): Promise<StorageStatus> {
  const storage = globalThis.navigator?.storage;
  if (!storage) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted() : Promise.resolve(null),
    storage.estimate ? storage.estimate() : Promise.resolve(undefined),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser not to evict our data under storage pressure. Returns the outcome. */
export async function requestPersistence(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
