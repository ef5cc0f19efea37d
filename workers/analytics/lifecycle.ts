/**
 * The lifecycle board in the analytics worker. Owns, for the open data set: the rule lanes
 * of every customer (a Uint8Array), the overrides and the undo/redo history (mirrored in
 * IndexedDB through src/storage/board.ts), and the per-lane views the UI virtualises. The UI
 * sends customer indexes and lane ids; every move, undo and rule change returns the new view
 * in one round trip.
 */
import { transfer } from 'comlink';
import {
  DAYS_PER_UNIT,
  EMPTY_HISTORY,
  NO_FILTER,
  applyOverrides,
  customerProducts,
  customerTimeline,
  defaultThresholds,
  evaluationDays,
  hasProduct,
  idealProfile,
  laneLists,
  laneName,
  laneStats,
  missingProducts,
  moveEntry,
  passes,
  periodFrame,
  periodLabel,
  presetConfig,
  probabilityAlive,
  recordEntry,
  redoEntry,
  ruleLanes,
  sortOrder,
  stageFlow,
  suggestWindow,
  undoEntry,
  checkConfig,
  type BoardConfig,
  type CardColumns,
  type CustomerProducts,
  type CustomerTimeline,
  type TransactionColumns,
  type Grain,
  type History,
  type LaneFilter,
  type LaneSort,
  type LaneStats,
  type OverrideValue,
  type PlacedLanes,
} from '../../src/core/index.ts';
import {
  getBoardConfig,
  getOverrides,
  listMoves,
  putBoardConfig,
  recordMove,
  recordUndo,
} from '../../src/storage/board.ts';
import { dataset } from './context.ts';
import { customerModel, DEFAULT_PARAMS, type CustomerModel } from './predictive-model.ts';
import { tiers } from './value-risk.ts';

/** The static per-customer columns of the cards (sent once; indexes = customer index). */
export interface BoardCards extends CardColumns {
  ids: string[];
  names: (string | null)[];
  orders: Int32Array;
  segments: string[];
  channels: string[];
  products: string[];
  hasClv: boolean;
  end: number;
  window: { days: number; reason: string };
}

export interface BoardQuery {
  sort: LaneSort;
  filter: LaneFilter;
  /** Lane id → product index: that lane shows only customers missing the product. */
  missing: { lane: string; product: number } | null;
}

export interface LaneView extends LaneStats {
  id: string;
  /** Customer indexes shown, in order (after filters). */
  shown: Int32Array;
}

export interface BoardView {
  config: BoardConfig;
  lanes: LaneView[];
  /** Final lane per customer (255: none) and the manual flag. */
  lane: Uint8Array;
  manual: Uint8Array;
  orphaned: number;
  canUndo: boolean;
  canRedo: boolean;
  /** Customers changed by the call (moves, undo, redo). */
  changed: number;
}

interface Board {
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

async function storedHistory(datasetId: string): Promise<History> {
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
function place(board: Board, rulesChanged: boolean): void {
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

async function board(datasetId: string): Promise<Board> {
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

function view(b: Board, query: BoardQuery, changed = 0): BoardView {
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

function send(v: BoardView): BoardView {
  return transfer(v, [v.lane.buffer, v.manual.buffer, ...v.lanes.map((l) => l.shown.buffer)]);
}

function laneIdOf(b: Board, c: number): string {
  return b.config.lanes[b.placed.lanes[c]!]?.id ?? '';
}

/** Moves (toLane) or clears (null) the overrides of customers, as one undoable entry. */
async function change(
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

async function step(b: Board, direction: 'undo' | 'redo'): Promise<number> {
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

/** One row of the move log, for the log view and its CSV. */
export interface MoveLogRow {
  id: number;
  at: number;
  customers: number;
  customerIds: string[];
  fromLanes: string[];
  toLane: string;
  reason: string;
  undone: boolean;
}

export interface LaneProfile {
  lane: string;
  products: { product: number; name: string; share: number; missing: number }[];
}

export interface LifecycleFlow {
  labels: string[];
  lanes: string[];
  counts: Int32Array;
  stock: Int32Array;
}

/** A lane as a segment for the retention simulator. */
export interface LaneSegment {
  id: string;
  name: string;
  customers: number;
  meanClv: number;
  /** Mean P(no purchase within the model horizon) of the lane's customers. */
  pChurn: number;
}

export const lifecycle = {
  /** The cards' static columns (ids, names, CLV, P(alive), …), transferred once. */
  async boardCards(datasetId: string): Promise<BoardCards> {
    const { cards } = await board(datasetId);
    const copy = {
      ...cards,
      lastDay: cards.lastDay.slice(),
      clv: cards.clv.slice(),
      pAlive: cards.pAlive.slice(),
      orders: cards.orders.slice(),
      revenue: cards.revenue.slice(),
      tier: cards.tier.slice(),
      segment: cards.segment.slice(),
      channel: cards.channel.slice(),
    };
    return transfer(copy, [
      copy.lastDay.buffer,
      copy.clv.buffer,
      copy.pAlive.buffer,
      copy.orders.buffer,
      copy.revenue.buffer,
      copy.tier.buffer,
      copy.segment.buffer,
      copy.channel.buffer,
    ]);
  },

  async boardView(datasetId: string, query: BoardQuery): Promise<BoardView> {
    return send(view(await board(datasetId), query));
  },

  /**
   * Re-reads what is stored for the board (overrides, move history, lanes) — another tab may
   * have changed it — re-places every customer and returns the view.
   */
  async syncBoard(datasetId: string, query: BoardQuery): Promise<BoardView> {
    const b = await board(datasetId);
    const [config, stored, history] = await Promise.all([
      getBoardConfig(datasetId),
      getOverrides(datasetId),
      storedHistory(datasetId),
    ]);
    const rulesChanged =
      config !== undefined && JSON.stringify(config) !== JSON.stringify(b.config);
    if (config) b.config = config;
    b.overrides = new Map(
      stored.map((o) => [
        o.customerId,
        { lane: o.lane, fromLane: o.fromLane, at: o.at, reason: o.reason },
      ]),
    );
    b.history = history;
    place(b, rulesChanged);
    return send(view(b, query));
  },

  /** Saves new lanes/rules/thresholds, re-places every customer and returns the view. */
  async setBoardConfig(
    datasetId: string,
    config: BoardConfig,
    query: BoardQuery,
  ): Promise<BoardView> {
    const b = await board(datasetId);
    checkConfig(config);
    await putBoardConfig(datasetId, config);
    b.config = config;
    place(b, true);
    return send(view(b, query));
  },

  /** The board reset to a preset (overrides kept; those of removed lanes are ignored). */
  async presetBoard(
    datasetId: string,
    preset: BoardConfig['preset'],
    query: BoardQuery,
  ): Promise<BoardView> {
    const b = await board(datasetId);
    return lifecycle.setBoardConfig(datasetId, presetConfig(preset, b.config.thresholds), query);
  },

  async moveCustomers(
    datasetId: string,
    indexes: Int32Array | number[],
    toLane: string,
    reason: string | undefined,
    query: BoardQuery,
  ): Promise<BoardView> {
    const b = await board(datasetId);
    const changed = await change(b, indexes, toLane, reason);
    return send(view(b, query, changed));
  },

  /** Returns customers to the lanes their rules give (undoable). */
  async clearOverrides(
    datasetId: string,
    indexes: Int32Array | number[],
    query: BoardQuery,
  ): Promise<BoardView> {
    const b = await board(datasetId);
    const manual = Array.from(indexes).filter((c) => b.placed.manual[c] === 1);
    const changed = manual.length ? await change(b, manual, null, undefined) : 0;
    return send(view(b, query, changed));
  },

  async undoMove(datasetId: string, query: BoardQuery): Promise<BoardView> {
    const b = await board(datasetId);
    const changed = await step(b, 'undo');
    return send(view(b, query, changed));
  },

  async redoMove(datasetId: string, query: BoardQuery): Promise<BoardView> {
    const b = await board(datasetId);
    const changed = await step(b, 'redo');
    return send(view(b, query, changed));
  },

  /** The move log, newest first. */
  async moveLog(datasetId: string): Promise<MoveLogRow[]> {
    const moves = await listMoves(datasetId);
    return moves.reverse().map((m) => ({
      id: m.id ?? 0,
      at: m.at,
      customers: m.customerIds.length,
      customerIds: m.customerIds,
      fromLanes: m.fromLanes,
      toLane: m.toLane,
      reason: m.reason ?? '',
      undone: m.undoneAt !== undefined,
    }));
  },

  /** Customers whose id or name contains the text (case-insensitive), first `limit`. */
  async findCustomers(datasetId: string, text: string, limit = 20): Promise<number[]> {
    const { cards } = await board(datasetId);
    const needle = text.trim().toLowerCase();
    if (!needle) return [];
    const found: number[] = [];
    for (let c = 0; c < cards.ids.length && found.length < limit; c++) {
      if (
        cards.ids[c]!.toLowerCase().includes(needle) ||
        cards.names[c]?.toLowerCase().includes(needle)
      ) {
        found.push(c);
      }
    }
    return found;
  },

  /** A lane's ideal profile and, per product, how many of the lane lack it. */
  async laneProfile(datasetId: string, laneId: string): Promise<LaneProfile> {
    const b = await board(datasetId);
    const lane = b.config.lanes.findIndex((l) => l.id === laneId);
    if (lane < 0 || !b.products) return { lane: laneId, products: [] };
    const members = membersOf(b, lane);
    const value = b.cards.hasClv ? b.cards.clv : b.cards.revenue;
    const profile = idealProfile(b.products, members, value);
    return {
      lane: laneId,
      products: profile.map((p) => ({
        product: p.product,
        name: b.cards.products[p.product] ?? '',
        share: p.share,
        missing: members.filter((c) => !hasProduct(b.products!, c, p.product)).length,
      })),
    };
  },

  /** The profile products of the customer's lane that the customer has not bought. */
  async customerGaps(datasetId: string, customer: number): Promise<string[]> {
    const b = await board(datasetId);
    const lane = b.placed.lanes[customer];
    if (lane === undefined || lane >= b.config.lanes.length || !b.products) return [];
    const value = b.cards.hasClv ? b.cards.clv : b.cards.revenue;
    const profile = idealProfile(b.products, membersOf(b, lane), value);
    return missingProducts(b.products, customer, profile).map((p) => b.cards.products[p] ?? '');
  },

  /** Stage flow by the rules between consecutive period ends of the data. */
  async lifecycleFlow(datasetId: string, grain: Grain): Promise<LifecycleFlow> {
    const b = await board(datasetId);
    const frame = periodFrame(b.timeline, grain);
    const days = evaluationDays(frame, b.timeline.maxDay);
    const params = b.model?.fit.bgnbd.params;
    const unit = DAYS_PER_UNIT[b.model?.fit.unit ?? 'week'];
    const pAliveAt = params
      ? (x: number, tx: number, T: number) => probabilityAlive(params, x, tx / unit, T / unit)
      : undefined;
    const flow = stageFlow(b.timeline, b.config, days, pAliveAt);
    return transfer(
      {
        labels: Array.from(days, (_, p) => periodLabel(frame.first + p, grain)),
        lanes: b.config.lanes.map(laneName),
        counts: flow.counts,
        stock: flow.stock,
      },
      [flow.counts.buffer, flow.stock.buffer],
    );
  },

  /** The lanes as segments for the retention simulator (overrides included). */
  async laneSegments(datasetId: string): Promise<LaneSegment[]> {
    const b = await board(datasetId);
    const pNo = new Float64Array(b.cards.ids.length).fill(NaN);
    if (b.model) {
      const m = b.model;
      m.summary.customer.forEach((c, row) => (pNo[c] = m.predictions.pNoPurchase[row]!));
    }
    return b.config.lanes.map((lane, i) => {
      const members = membersOf(b, i);
      return {
        id: lane.id,
        name: laneName(lane),
        customers: members.length,
        meanClv: finiteMean(members, b.cards.clv),
        pChurn: finiteMean(members, pNo),
      };
    });
  },
};

function membersOf(b: Board, lane: number): number[] {
  const members: number[] = [];
  b.placed.lanes.forEach((l, c) => {
    if (l === lane) members.push(c);
  });
  return members;
}

function finiteMean(members: number[], values: Float64Array): number {
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

/** Drops the in-memory board (data set changed or deleted). */
export function forgetBoard(datasetId: string): void {
  if (currentId === datasetId) currentId = undefined;
}
