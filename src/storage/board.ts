/**
 * The lifecycle board's records: its configuration (lanes, rules, thresholds), the manual
 * overrides (one per customer id, so they survive re-import and recomputation) and the move
 * log. A move or an undo writes its overrides and its log entry in one transaction.
 */
import type { BoardConfig, HistoryEntry, OverrideChange, OverrideValue } from '../core/index.ts';
import { liveQuery, type Table } from 'dexie';
import { db, type MoveRecord, type OverrideRecord } from './db.ts';

/** A move-log record with what undo needs: each customer's override before and after. */
export interface BoardMoveRecord extends MoveRecord {
  before?: (OverrideValue | null)[];
  after?: (OverrideValue | null)[];
}

/** The overrides table with its compound key typed ([datasetId, customerId]). */
function overrides(): Table<OverrideRecord, [string, string]> {
  // db.ts declares the table without a key name (the key is compound), so Dexie types it as
  // keyless; the schema's primary key is [datasetId+customerId].
  return db().overrides as unknown as Table<OverrideRecord, [string, string]>;
}

export async function getBoardConfig(datasetId: string): Promise<BoardConfig | undefined> {
  return (await db().boards.get(datasetId))?.config as BoardConfig | undefined;
}

export async function putBoardConfig(datasetId: string, config: BoardConfig): Promise<void> {
  await db().boards.put({ datasetId, config, updatedAt: Date.now() });
}

export async function getOverrides(datasetId: string): Promise<OverrideRecord[]> {
  return overrides().where('datasetId').equals(datasetId).toArray();
}

/** The move log of a data set, oldest first. */
export async function listMoves(datasetId: string): Promise<BoardMoveRecord[]> {
  const moves = await db().moves.where('datasetId').equals(datasetId).toArray();
  return moves.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
}

async function writeChanges(datasetId: string, changes: readonly OverrideChange[]): Promise<void> {
  const put: OverrideRecord[] = [];
  const remove: [string, string][] = [];
  for (const { customerId, value } of changes) {
    if (value) put.push({ datasetId, customerId, ...value });
    else remove.push([datasetId, customerId]);
  }
  if (put.length) await overrides().bulkPut(put);
  if (remove.length) await overrides().bulkDelete(remove);
}

/**
 * Stores a move (or a clear, when every `after` is null): the overrides and the log entry,
 * atomically. Returns the log id.
 */
export async function recordMove(
  datasetId: string,
  entry: HistoryEntry,
  log: { fromLanes: string[]; toLane: string; at: number; reason?: string },
): Promise<number> {
  const d = db();
  return d.transaction('rw', ['overrides', 'moves'], async () => {
    await writeChanges(
      datasetId,
      entry.customerIds.map((customerId, i) => ({ customerId, value: entry.after[i] ?? null })),
    );
    const record: BoardMoveRecord = {
      datasetId,
      customerIds: entry.customerIds,
      fromLanes: log.fromLanes,
      toLane: log.toLane,
      at: log.at,
      ...(log.reason ? { reason: log.reason } : {}),
      before: entry.before,
      after: entry.after,
    };
    return (await d.moves.add(record)) as number;
  });
}

/** Writes the overrides of an undo (`undoneAt` set) or a redo (`undoneAt` cleared). */
export async function recordUndo(
  datasetId: string,
  moveId: number | undefined,
  changes: readonly OverrideChange[],
  undoneAt: number | undefined,
): Promise<void> {
  const d = db();
  await d.transaction('rw', ['overrides', 'moves'], async () => {
    await writeChanges(datasetId, changes);
    if (moveId !== undefined) {
      const move = await d.moves.get(moveId);
      if (move) {
        if (undoneAt === undefined) delete move.undoneAt;
        else move.undoneAt = undoneAt;
        await d.moves.put(move);
      }
    }
  });
}

/** Forgets the board of a data set: configuration, overrides and move log. */
export async function clearBoard(datasetId: string): Promise<void> {
  const d = db();
  await d.transaction('rw', ['overrides', 'moves', 'boards'], async () => {
    await overrides().where('datasetId').equals(datasetId).delete();
    await d.moves.where('datasetId').equals(datasetId).delete();
    await d.boards.delete(datasetId);
  });
}

/**
 * Calls `onChange` whenever the board's stored state (overrides, moves, lane configuration) of
 * a data set changes, in this tab or another; not for the state as it is when subscribing.
 */
export function watchBoard(datasetId: string, onChange: () => void): () => void {
  let first = true;
  const subscription = liveQuery(async () => {
    const [overrideCount, moveCount, config] = await Promise.all([
      overrides().where('datasetId').equals(datasetId).count(),
      db().moves.where('datasetId').equals(datasetId).count(),
      db().boards.get(datasetId),
    ]);
    const lastMove = await db().moves.where('datasetId').equals(datasetId).last();
    return [overrideCount, moveCount, lastMove?.undoneAt ?? 0, config?.updatedAt ?? 0].join('|');
  }).subscribe({
    next: () => {
      if (first) first = false;
      else onChange();
    },
    error: (error: unknown) => console.warn('Board changes are not followed', error),
  });
  return () => subscription.unsubscribe();
}
