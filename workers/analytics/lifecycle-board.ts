/**
 * The lifecycle board of the open data set, held in the analytics worker: the rule lanes of
 * every customer (a Uint8Array), the overrides and the undo/redo history (mirrored in
 * IndexedDB through src/storage/board.ts), loaded once and re-placed when rules or overrides
 * change; and the per-lane views the UI virtualises.
 */
import { transfer } from 'comlink';
import {
  EMPTY_HISTORY,
  NO_FILTER,
  applyOverrides,
  customerProducts,
  customerTimeline,
  defaultThresholds,
  hasProduct,
  laneLists,
  laneStats,
  moveEntry,
  passes,
  presetConfig,
  recordEntry,
  redoEntry,
  ruleLanes,
  sortOrder,
  suggestWindow,
  undoEntry,
  type BoardConfig,
  type CustomerProducts,
  type CustomerTimeline,
  type TransactionColumns,
  type History,
  type LaneSort,
  type OverrideValue,
  type PlacedLanes,
} from '../../src/core/index.ts';
import {
  getBoardConfig,
  getOverrides,
  listMoves,
  recordMove,
  recordUndo,
} from '../../src/storage/board.ts';
import { dataset } from './context.ts';
import { customerModel, DEFAULT_PARAMS, type CustomerModel } from './predictive-model.ts';
import { tiers } from './value-risk.ts';
import type { BoardCards, BoardQuery, BoardView } from './lifecycle-types.ts';

export interface Board {
  datasetId: string;
  columns: TransactionColumns;
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

let current: Promise<Board> | undefined;
let currentId: string | undefined;

async function load(datasetId: string): Promise<Board> {
  const loaded = await dataset(datasetId);
  const { columns, customers } = loaded;
  const timeline = customerTimeline(columns);
  const n = columns.customerIds.length;
  const model = await customerModel(datasetId, DEFAULT_PARAMS).catch(() => null);
  const pAlive = new Float64Array(n).fill(NaN);
  const clv = new Float64Array(n).fill(NaN);
  const tier = new Uint8Array(n).fill(255);
  if (model) {
    const t = tiers(model);
    model.summary.customer.forEach((c, row) => {
      pAlive[c] = model.predictions.pAlive[row]!;
      clv[c] = model.predictions.clv[row]!;
      if (t.cell[row]! < 9) tier[c] = Math.floor(t.cell[row]! / 3);
    });
  }
  const lastDay = new Int32Array(n);
  for (let c = 0; c < n; c++) lastDay[c] = timeline.days[timeline.offsets[c + 1]! - 1] ?? 0;
  const attr = attributes(columns.customerIds, customers);
  const window = suggestWindow(columns);
  const cards: BoardCards = {
    ids: columns.customerIds,
    names: attr.names,
    orders: timeline.transactions,
    lastDay,
    clv,
    pAlive,
    revenue: timeline.revenue,
    tier,
    ...attr.columns,
    products: columns.products ?? [],
    hasClv: clv.some(Number.isFinite),
    end: timeline.maxDay,
    window,
  };
  const products =
    columns.product && columns.products
      ? customerProducts(columns.customer, columns.product, n, columns.products.length)
      : null;
  const config =
    (await getBoardConfig(datasetId)) ?? presetConfig('default', defaultThresholds(window.days));
  const overrides = new Map<string, OverrideValue>();
  for (const o of await getOverrides(datasetId)) {
    overrides.set(o.customerId, { lane: o.lane, fromLane: o.fromLane, at: o.at, reason: o.reason });
  }
  const board: Board = {
    datasetId,
    columns,
    timeline,
    cards,
    model,
    products,
    config,
    rules: new Uint8Array(0),
    placed: { lanes: new Uint8Array(0), manual: new Uint8Array(0), orphaned: 0 },
    overrides,
    idIndex: new Map(columns.customerIds.map((id, i) => [id, i])),
    history: await storedHistory(datasetId),
    orders: new Map(),
  };
  place(board, true);
  return board;
}

/** Names, segments and acquisition channels from the customers file, by customer index. */
function attributes(
  ids: string[],
  customers: Awaited<ReturnType<typeof dataset>>['customers'],
): {
  names: (string | null)[];
  columns: Pick<BoardCards, 'segment' | 'segments' | 'channel' | 'channels'>;
} {
  const n = ids.length;
  const segment = new Int32Array(n).fill(-1);
  const channel = new Int32Array(n).fill(-1);
  const names = new Array<string | null>(n).fill(null);
  const segments: string[] = [];
  const channels: string[] = [];
  if (customers) {
    const row = new Map(customers.ids.map((id, i) => [id, i]));
    const dict = (list: string[], value: string | null) => {
      if (value === null) return -1;
      let k = list.indexOf(value);
      if (k < 0) k = list.push(value) - 1;
      return k;
    };
    ids.forEach((id, c) => {
      const r = row.get(id);
      if (r === undefined) return;
      names[c] = customers.names[r] ?? null;
      segment[c] = dict(segments, customers.segments[r] ?? null);
      channel[c] = dict(channels, customers.channels[r] ?? null);
    });
  }
  return { names, columns: { segment, segments, channel, channels } };
}

export async function storedHistory(datasetId: string): Promise<History> {
  let history = EMPTY_HISTORY;
  for (const m of await listMoves(datasetId)) {
    if (m.undoneAt !== undefined || !m.before || !m.after || m.id === undefined) continue;
    history = recordEntry(history, {
      id: m.id,
      customerIds: m.customerIds,
      before: m.before,
      after: m.after,
    });
  }
  return history;
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

export async function board(datasetId: string): Promise<Board> {
  const b = await loadedBoard(datasetId);
  // A customers file joined meanwhile: the columns were reloaded, so is the board.
  if ((await dataset(datasetId)).columns !== b.columns) {
    currentId = undefined;
    return loadedBoard(datasetId);
  }
  return b;
}

function loadedBoard(datasetId: string): Promise<Board> {
  if (currentId !== datasetId || !current) {
    currentId = datasetId;
    current = load(datasetId);
    current.catch(() => {
      currentId = undefined;
    });
  }
  return current;
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
