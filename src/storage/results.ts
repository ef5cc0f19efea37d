/**
 * Computed results, cached per data set and parameters so that reopening a screen is
 * instant and nothing is recomputed needlessly. Deleting a data set deletes its results;
 * joining a customers file clears them (see datasets.ts).
 */
import { db } from './db.ts';

/** The cache key of a result: data set, computation and its parameters. */
export function resultKey(datasetId: string, name: string, params: unknown): string {
  return `${datasetId}|${name}|${JSON.stringify(params)}`;
}

export async function getResult<T>(key: string): Promise<T | undefined> {
  return (await db().results.get(key))?.value as T | undefined;
}

/** Stores a result; a failure to cache (quota) never fails the computation itself. */
export async function putResult(key: string, datasetId: string, value: unknown): Promise<void> {
  try {
    await db().results.put({ key, datasetId, value, computedAt: Date.now() });
  } catch (error) {
    console.warn('Result not cached', error);
  }
}
