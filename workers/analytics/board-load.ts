/**
 * Loading the lifecycle board of a session's data set: the cards' static columns (from the
 * timeline, the default model and the customers file), the stored lanes, overrides and move
 * history; then every customer placed.
 */
import {
  EMPTY_HISTORY,
  customerProducts,
  customerTimeline,
  defaultThresholds,
  presetConfig,
  recordEntry,
  suggestWindow,
  type History,
  type OverrideValue,
} from '../../src/core/index.ts';
import type { CustomersRecord } from '../../src/storage/db.ts';
import { getBoardConfig, getOverrides, listMoves } from '../../src/storage/board.ts';
import { place, type Board } from './board.ts';
import { DEFAULT_PARAMS, modelOf } from './predictive-model.ts';
import type { BoardCards } from './protocol/index.ts';
import { session, type Session } from './session.ts';

/** The session's board: loaded once, then changed in place by moves and rule changes. */
export function boardOf(s: Session): Promise<Board> {
  return s.keep('board', 'board', () => loadBoard(s));
}

/** The board of a data set's session. */
export async function openBoard(datasetId: string): Promise<Board> {
  return boardOf(await session(datasetId));
}

async function loadBoard(s: Session): Promise<Board> {
  const { datasetId } = s;
  const { columns, customers } = await s.data();
  const timeline = customerTimeline(columns);
  const n = columns.customerIds.length;
  const model = await modelOf(s, DEFAULT_PARAMS).catch(() => null);
  const pAlive = new Float64Array(n).fill(NaN);
  const clv = new Float64Array(n).fill(NaN);
  const tier = new Uint8Array(n).fill(255);
  if (model) {
    const t = s.tiers(model);
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
  customers: CustomersRecord | undefined,
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
