/**
 * Undo and redo of manual moves, as pure values. A history entry remembers, per customer,
 * the override before and after the move (null = no override, the rule decides), so undo
 * restores exactly what was there — including "no override" — and redo re-applies it.
 * A new move empties the redo stack.
 */

/** A customer's override: the lane it was moved to, from where, when and why. */
export interface OverrideValue {
  lane: string;
  fromLane: string;
  at: number;
  reason?: string;
}

export interface HistoryEntry {
  /** Move-log id, when stored. */
  id?: number;
  customerIds: string[];
  before: (OverrideValue | null)[];
  after: (OverrideValue | null)[];
}

export interface History {
  done: HistoryEntry[];
  undone: HistoryEntry[];
}

/** One override to write (value) or delete (null). */
export interface OverrideChange {
  customerId: string;
  value: OverrideValue | null;
}

export const EMPTY_HISTORY: History = { done: [], undone: [] };

/** The history after a new entry: it is the latest done; redo is no longer possible. */
export function recordEntry(history: History, entry: HistoryEntry): History {
  if (entry.before.length !== entry.customerIds.length) {
    throw new Error('invalid history entry: one "before" per customer is needed');
  }
  return { done: [...history.done, entry], undone: [] };
}

function changes(entry: HistoryEntry, side: 'before' | 'after'): OverrideChange[] {
  return entry.customerIds.map((customerId, i) => ({
    customerId,
    value: entry[side][i] ?? null,
  }));
}

/** Undoes the latest entry: the new history, the entry, and the overrides to write. */
export function undoEntry(
  history: History,
): { history: History; entry: HistoryEntry; changes: OverrideChange[] } | null {
  const entry = history.done.at(-1);
  if (!entry) return null;
  return {
    history: { done: history.done.slice(0, -1), undone: [...history.undone, entry] },
    entry,
    changes: changes(entry, 'before'),
  };
}

/** Redoes the latest undone entry. */
export function redoEntry(
  history: History,
): { history: History; entry: HistoryEntry; changes: OverrideChange[] } | null {
  const entry = history.undone.at(-1);
  if (!entry) return null;
  return {
    history: { done: [...history.done, entry], undone: history.undone.slice(0, -1) },
    entry,
    changes: changes(entry, 'after'),
  };
}

/**
 * The entry for moving customers to a lane (or clearing their override when `toLane` is
 * null): `current` gives each customer's override now, `shown` the lane they are shown in.
 */
export function moveEntry(
  customerIds: readonly string[],
  current: (id: string) => OverrideValue | null,
  shown: readonly string[],
  toLane: string | null,
  at: number,
  reason?: string,
): HistoryEntry {
  const before = customerIds.map(current);
  const after = customerIds.map((_, i): OverrideValue | null =>
    toLane === null
      ? null
      : { lane: toLane, fromLane: shown[i] ?? '', at, ...(reason ? { reason } : {}) },
  );
  return { customerIds: [...customerIds], before, after };
}
