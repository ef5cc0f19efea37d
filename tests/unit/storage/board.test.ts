import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, useDb, type TenureDb } from '../../../src/storage/db.ts';
import {
  clearBoard,
  getBoardConfig,
  getOverrides,
  listMoves,
  putBoardConfig,
  recordMove,
  recordUndo,
} from '../../../src/storage/board.ts';
import {
  EMPTY_HISTORY,
  defaultThresholds,
  moveEntry,
  presetConfig,
  recordEntry,
  undoEntry,
} from '../../../src/core/index.ts';

let db: TenureDb;
let counter = 0;

beforeEach(() => {
  db = openDb(`tenure-board-test-${counter++}`);
  useDb(db);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('board storage', () => {
  it('keeps the configuration per data set', async () => {
    const config = presetConfig('seed001', defaultThresholds(45));
    await putBoardConfig('d1', config);
    expect(await getBoardConfig('d1')).toEqual(config);
    expect(await getBoardConfig('d2')).toBeUndefined();
  });

  it('stores a move as overrides plus a log entry, and undo restores the overrides', async () => {
    const entry = moveEntry(['A', 'B'], () => null, ['new', 'active'], 'loyal', 10, 'VIP');
    const id = await recordMove('d1', entry, {
      fromLanes: ['new', 'active'],
      toLane: 'loyal',
      at: 10,
      reason: 'VIP',
    });
    const overrides = await getOverrides('d1');
    expect(overrides.map((o) => [o.customerId, o.lane, o.fromLane, o.reason])).toEqual([
      ['A', 'loyal', 'new', 'VIP'],
      ['B', 'loyal', 'active', 'VIP'],
    ]);
    const log = await listMoves('d1');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ id, customerIds: ['A', 'B'], toLane: 'loyal', reason: 'VIP' });

    const undo = undoEntry(recordEntry(EMPTY_HISTORY, { ...entry, id }))!;
    await recordUndo('d1', id, undo.changes, 20);
    expect(await getOverrides('d1')).toEqual([]);
    expect((await listMoves('d1'))[0]!.undoneAt).toBe(20);

    await clearBoard('d1');
    expect(await listMoves('d1')).toEqual([]);
  });
});
