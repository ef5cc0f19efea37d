import { describe, expect, it } from 'vitest';
import {
  EMPTY_HISTORY,
  moveEntry,
  recordEntry,
  redoEntry,
  undoEntry,
  type OverrideValue,
} from '../../../src/core/index.ts';

describe('undo and redo of moves', () => {
  // Customer A starts without an override (rule lane "new"); B was moved to "loyal" earlier.
  const earlier: OverrideValue = { lane: 'loyal', fromLane: 'active', at: 1 };
  const overrides = new Map<string, OverrideValue>([['B', earlier]]);
  const current = (id: string) => overrides.get(id) ?? null;

  it('undo restores the overrides before the move, including "none"; redo re-applies', () => {
    const move = moveEntry(['A', 'B'], current, ['new', 'loyal'], 'atRisk', 2, 'called us');
    expect(move.after[0]).toEqual({ lane: 'atRisk', fromLane: 'new', at: 2, reason: 'called us' });
    let history = recordEntry(EMPTY_HISTORY, move);

    const undone = undoEntry(history)!;
    expect(undone.changes).toEqual([
      { customerId: 'A', value: null },
      { customerId: 'B', value: earlier },
    ]);
    history = undone.history;
    expect(history.done).toHaveLength(0);
    expect(undoEntry(history)).toBeNull();

    const redone = redoEntry(history)!;
    expect(redone.changes.map((c) => c.value?.lane)).toEqual(['atRisk', 'atRisk']);
    expect(redone.history.done).toEqual([move]);
    expect(redoEntry(redone.history)).toBeNull();
  });

  it('a new move after an undo empties the redo stack', () => {
    const first = moveEntry(['A'], current, ['new'], 'lapsed', 2);
    const second = moveEntry(['A'], current, ['new'], 'loyal', 3);
    const afterUndo = undoEntry(recordEntry(EMPTY_HISTORY, first))!.history;
    expect(afterUndo.undone).toHaveLength(1);
    const history = recordEntry(afterUndo, second);
    expect(history.undone).toHaveLength(0);
    expect(redoEntry(history)).toBeNull();
  });

  it('undoes several moves in reverse order', () => {
    const a = moveEntry(['A'], current, ['new'], 'lapsed', 2);
    const b = moveEntry(['B'], current, ['loyal'], 'new', 3);
    let history = recordEntry(recordEntry(EMPTY_HISTORY, a), b);
    const u1 = undoEntry(history)!;
    expect(u1.entry).toBe(b);
    history = u1.history;
    expect(undoEntry(history)!.entry).toBe(a);
  });

  it('clearing an override is an entry whose "after" is none', () => {
    const clear = moveEntry(['B'], current, ['loyal'], null, 4);
    expect(clear.after).toEqual([null]);
    expect(undoEntry(recordEntry(EMPTY_HISTORY, clear))!.changes[0]!.value).toEqual(earlier);
  });
});
