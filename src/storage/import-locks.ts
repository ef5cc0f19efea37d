/**
 * Which imports are running, across every tab of this browser profile.
 *
 * A running import holds a Web Lock named after its data set (acquired before the data set's
 * record is written, released after it is committed or discarded). The browser releases the
 * lock when the tab or worker holding it goes away, so an 'importing' data set whose lock is
 * free was left behind by a closed tab and may be swept; one whose lock is held is another
 * tab's live import and must be left alone.
 *
 * Where `navigator.locks` is missing (Node, old browsers) the locks of this thread are tracked
 * in memory: other tabs cannot be seen there, which is the best that can be done.
 */

const PREFIX = 'tenure-import:';

/** The Web Lock name of a data set's import. */
export function importLockName(datasetId: string): string {
  return PREFIX + datasetId;
}

/** Returns the data set ids (among `ids`) whose import lock is held now, by any tab. */
export type HeldImports = (ids: readonly string[]) => Promise<Set<string>>;

/** Locks taken in this thread; the only source of truth where Web Locks are missing. */
const local = new Map<string, () => void>();

function webLocks(): LockManager | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManager } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : undefined;
}

/** The default check: Web Locks when the browser has them, this thread's locks otherwise. */
export const heldImports: HeldImports = async (ids) => {
  const locks = webLocks();
  const held = new Set<string>();
  if (locks) {
    const state = await locks.query();
    const names = new Set((state.held ?? []).map((l) => l.name));
    for (const id of ids) if (names.has(importLockName(id))) held.add(id);
  }
  for (const id of ids) if (local.has(id)) held.add(id);
  return held;
};

/**
 * Takes the import lock of a data set and keeps it until `releaseImportLock`. Resolves once
 * the lock is held (the name is a fresh random id, so it is free at once).
 */
export async function acquireImportLock(datasetId: string): Promise<void> {
  if (local.has(datasetId)) return;
  const locks = webLocks();
  if (!locks) {
    local.set(datasetId, () => {});
    return;
  }
  await new Promise<void>((acquired, failed) => {
    locks
      .request(importLockName(datasetId), { mode: 'exclusive' }, () => {
        // Held until released: the promise resolves when releaseImportLock runs.
        const held = new Promise<void>((release) => local.set(datasetId, release));
        acquired();
        return held;
      })
      .catch(failed);
  });
}

/** Lets go of a data set's import lock (no-op if this thread does not hold it). */
export function releaseImportLock(datasetId: string): void {
  const release = local.get(datasetId);
  local.delete(datasetId);
  release?.();
}

/**
 * Calls `then` once the import lock of a data set is free (its import committed, was
 * discarded, or its tab went away), in the background; no-op without Web Locks. A start
 * uses it to sweep an import that a tab was still closing while this one opened (a reload).
 */
export function whenImportLockFree(datasetId: string, then: () => Promise<unknown>): void {
  const locks = webLocks();
  if (!locks || local.has(datasetId)) return;
  locks.request(importLockName(datasetId), { mode: 'exclusive' }, then).catch(() => undefined);
}
