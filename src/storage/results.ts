/**
 * Computed results, cached per data set and parameters so that reopening a screen is
 * instant and nothing is recomputed needlessly. Deleting a data set deletes its results;
 * joining a customers file clears them (see datasets.ts).
 */
import { db, type DatasetRecord } from './db.ts';

/** The cache key of a result: data set, computation and its parameters. */
export function resultKey(datasetId: string, name: string, params: unknown): string {
  return `${datasetId}|${name}|${JSON.stringify(params)}`;
}

export async function getResult<T>(key: string): Promise<T | undefined> {
  return (await db().results.get(key))?.value as T | undefined;
}

/**
 * Stores a result, but only while the data set's record still is the one it was computed from
 * (`computedFrom`): a customers file joined meanwhile has cleared the data set's results, and a
 * result from before it must not come back. False when it was not stored for that reason; a
 * failure to cache (quota) never fails the computation itself.
 */
export async function putResult(
  key: string,
  datasetId: string,
  value: unknown,
  computedFrom: (record: DatasetRecord | undefined) => boolean,
): Promise<boolean> {
  const d = db();
  try {
    return await d.transaction('rw', ['datasets', 'results'], async () => {
      if (!computedFrom(await d.datasets.get(datasetId))) return false;
      await d.results.put({ key, datasetId, value, computedAt: Date.now() });
      return true;
    });
  } catch (error) {
    console.warn('Result not cached', error);
    return true;
  }
}
