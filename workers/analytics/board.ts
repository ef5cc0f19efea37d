/**
 * The lifecycle board of a data set, kept by its session: the rule lanes of every customer (a
 * Uint8Array), the overrides and the undo/redo history (mirrored in IndexedDB through
 * src/storage/board.ts), re-placed when rules or overrides change; and the per-lane views the
 * UI virtualises. Loading it is board-load.ts.
 */
import { transfer } from 'comlink';
import {
  NO_FILTER,
  applyOverrides,
  hasProduct,
  laneLists,
  laneStats,
  moveEntry,
  passes,
  recordEntry,
  redoEntry,
  ruleLanes,
  sortOrder,
  undoEntry,
  type BoardConfig,
  type CustomerProducts,
  type CustomerTimeline,
  type History,
  type LaneSort,
  type OverrideValue,
  type PlacedLanes,
} from '../../src/core/index.ts';
import { recordMove, recordUndo } from '../../src/storage/board.ts';
import type { CustomerModel } from './predictive-model.ts';
import type { BoardCards, BoardQuery, BoardView } from './protocol/index.ts';

export interface Board {
  datasetId: string;
  timeline: CustomerTimeline;
  cards: BoardCards;
  model: CustomerModel | null;
  products: CustomerProducts | null;
  config: BoardConfig;
  rules: Uint8Array;
  placed: PlacedLanes;
  overrides: Map<string, OverrideValue>;
  idIndex: Map<string, number>;
  history: History;
  orders: Map<LaneSort, Int32Array>;
}

/** Re-places customers: the rules (when they changed) and then the overrides. */
export function place(board: Board, rulesChanged: boolean): void {
  const { cards, config } = board;
  if (rulesChanged) {
    board.rules = ruleLanes(board.timeline, cards.pAlive, cards.end, config);
  }
  const list = [...board.overrides].flatMap(([id, o]) => {
    const customer = board.idIndex.get(id);
    return customer === undefined ? [] : [{ customer, lane: o.lane }];
  });
  board.placed = applyOverrides(
    board.rules,
    config.lanes.map((l) => l.id),
    list,
  );
}

function orderBy(b: Board, sort: LaneSort): Int32Array {
  let order = b.orders.get(sort);
  if (!order) b.orders.set(sort, (order = sortOrder(b.cards, sort)));
  return order;
}

export function view(b: Board, query: BoardQuery, changed = 0): BoardView {
  const { lanes, manual, orphaned } = b.placed;
  const count = b.config.lanes.length;
  const filter = query.filter ?? NO_FILTER;
  const missingLane = query.missing
    ? b.config.lanes.findIndex((l) => l.id === query.missing!.lane)
    : -1;
  const products = b.products;
  const product = query.missing?.product ?? -1;
  const keep = (c: number) =>
    passes(b.cards, c, filter) &&
    (missingLane < 0 || lanes[c] !== missingLane || !products || !hasProduct(products, c, product));
  const lists = laneLists(lanes, orderBy(b, query.sort), count, keep);
  const stats = laneStats(lanes, manual, b.cards, count);
  return {
    config: b.config,
    lanes: b.config.lanes.map((l, i) => ({ id: l.id, ...stats[i]!, shown: lists[i]! })),
    lane: lanes.slice(),
    manual: manual.slice(),
    orphaned,
    canUndo: b.history.done.length > 0,
    canRedo: b.history.undone.length > 0,
    changed,
  };
}

export function send(v: BoardView): BoardView {
  return transfer(v, [v.lane.buffer, v.manual.buffer, ...v.lanes.map((l) => l.shown.buffer)]);
}

function laneIdOf(b: Board, c: number): string {
  return b.config.lanes[b.placed.lanes[c]!]?.id ?? '';
}

/** Moves (toLane) or clears (null) the overrides of customers, as one undoable entry. */
export async function change(
  b: Board,
  indexes: ArrayLike<number>,
  toLane: string | null,
  reason: string | undefined,
): Promise<number> {
  const list = Array.from(indexes).filter((c) => c >= 0 && c < b.cards.ids.length);
  const ids = list.map((c) => b.cards.ids[c]!);
  const shown = list.map((c) => laneIdOf(b, c));
  if (toLane !== null && !b.config.lanes.some((l) => l.id === toLane)) {
    throw new Error(`unknown lane: ${toLane}`);
  }
  const at = Date.now();
  const entry = moveEntry(ids, (id) => b.overrides.get(id) ?? null, shown, toLane, at, reason);
  const id = await recordMove(b.datasetId, entry, {
    fromLanes: shown,
    toLane: toLane ?? '',
    at,
    ...(reason ? { reason } : {}),
  });
  b.history = recordEntry(b.history, { ...entry, id });
  applyChanges(b, entry.customerIds, entry.after);
  return ids.length;
}

function applyChanges(b: Board, ids: string[], values: (OverrideValue | null)[]): void {
  ids.forEach((id, i) => {
    const value = values[i] ?? null;
    if (value) b.overrides.set(id, value);
    else b.overrides.delete(id);
  });
  place(b, false);
}

export async function step(b: Board, direction: 'undo' | 'redo'): Promise<number> {
  const result = direction === 'undo' ? undoEntry(b.history) : redoEntry(b.history);
  if (!result) return 0;
  await recordUndo(
    b.datasetId,
    result.entry.id,
    result.changes,
    direction === 'undo' ? Date.now() : undefined,
  );
  b.history = result.history;
  applyChanges(
    b,
    result.changes.map((c) => c.customerId),
    result.changes.map((c) => c.value),
  );
  return result.changes.length;
}

export function membersOf(b: Board, lane: number): number[] {
  const members: number[] = [];
  b.placed.lanes.forEach((l, c) => {
    if (l === lane) members.push(c);
  });
  return members;
}

export function finiteMean(members: number[], values: Float64Array): number {
  let sum = 0;
  let known = 0;
  for (const c of members) {
    const v = values[c]!;
    if (Number.isFinite(v)) {
      sum += v;
      known++;
    }
  }
  return known ? sum / known : NaN;
}
