/**
 * The lifecycle board's worker API. The UI sends customer indexes and lane ids; every move,
 * undo and rule change returns the new view in one round trip. The board itself (loading,
 * placement, history) is lifecycle-board.ts; the wire types are lifecycle-types.ts.
 */
import { transfer } from 'comlink';
import {
  DAYS_PER_UNIT,
  evaluationDays,
  hasProduct,
  idealProfile,
  laneName,
  missingProducts,
  periodFrame,
  periodLabel,
  presetConfig,
  probabilityAlive,
  rangeFlow,
  stageFlow,
  checkConfig,
  type BoardConfig,
  type Grain,
  type StageFlow,
} from '../../src/core/index.ts';
import {
  getBoardConfig,
  getOverrides,
  listMoves,
  putBoardConfig,
} from '../../src/storage/board.ts';
import {
  board,
  change,
  finiteMean,
  membersOf,
  place,
  send,
  step,
  storedHistory,
  view,
} from './lifecycle-board.ts';
import type {
  BoardCards,
  BoardQuery,
  BoardView,
  LaneProfile,
  LaneSegment,
  LifecycleFlow,
  MoveLogRow,
} from './lifecycle-types.ts';

/** The latest traced flow (each customer's stage at each period end), for its ranges. */
let traced: { key: string; labels: string[]; lanes: string[]; flow: StageFlow } | null = null;

/** The stage flow of the data set at a grain under the board's current rules, cached. */
async function tracedFlow(datasetId: string, grain: Grain) {
  const b = await board(datasetId);
  const params = b.model?.fit.bgnbd.params;
  const key = JSON.stringify([datasetId, grain, b.config, params ?? null, b.timeline.maxDay]);
  if (traced?.key === key) return traced;
  const frame = periodFrame(b.timeline, grain);
  const days = evaluationDays(frame, b.timeline.maxDay);
  const unit = DAYS_PER_UNIT[b.model?.fit.unit ?? 'week'];
  const pAliveAt = params
    ? (x: number, tx: number, T: number) => probabilityAlive(params, x, tx / unit, T / unit)
    : undefined;
  traced = {
    key,
    labels: Array.from(days, (_, p) => periodLabel(frame.first + p, grain)),
    lanes: b.config.lanes.map(laneName),
    flow: stageFlow(b.timeline, b.config, days, pAliveAt),
  };
  return traced;
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
    const { labels, lanes, flow } = await tracedFlow(datasetId, grain);
    const counts = flow.counts.slice();
    const stock = flow.stock.slice();
    return transfer({ labels, lanes, counts, stock }, [counts.buffer, stock.buffer]);
  },

  /**
   * Start → end of a range of that flow: each customer once, by their stage at the end of
   * period from − 1 and at the end of period to (rangeFlow; S × S, S = lanes + 1).
   */
  async lifecycleFlowRange(
    datasetId: string,
    grain: Grain,
    from: number,
    to: number,
  ): Promise<Int32Array> {
    const { flow } = await tracedFlow(datasetId, grain);
    const matrix = rangeFlow(flow, from, to);
    return transfer(matrix, [matrix.buffer]);
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

export type * from './lifecycle-types.ts';
