/**
 * The analytics worker caches its results in IndexedDB (storage/results.ts, keyed by data
 * set, name and parameters). A screen's first request reads that cache from this thread
 * first: after a reload the screen paints from it while the worker is still starting and
 * opening the database (~150 ms on a slow laptop). A miss, or a failed read, asks the worker,
 * which computes and caches as before. `name` and `params` must be the worker's cache key for
 * the same request (tests/unit/analytics/stored-results.test.ts holds the two together).
 */
import { getResult, resultKey } from '../storage/results.ts';

export async function storedOr<T>(
  datasetId: string,
  name: string,
  params: unknown,
  ask: () => Promise<T>,
): Promise<T> {
  const stored = await getResult<T>(resultKey(datasetId, name, params)).catch(() => undefined);
  return stored ?? ask();
}
