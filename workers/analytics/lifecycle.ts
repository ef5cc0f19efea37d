/**
 * The lifecycle board's worker API. The UI sends customer indexes and lane ids; every move,
 * undo and rule change returns the new view in one round trip. The board itself (placement,
 * history) is board.ts and its loading board-load.ts; what the lanes tell is
 * lifecycle-lanes.ts, the stage flow lifecycle-flow.ts; the wire types are protocol/board.ts.
 */
import { transfer } from 'comlink';
import { presetConfig, checkConfig, type BoardConfig } from '../../src/core/index.ts';
import {
  getBoardConfig,
  getOverrides,
  listMoves,
  putBoardConfig,
} from '../../src/storage/board.ts';
import { change, place, send, step, view } from './board.ts';
import { openBoard as board, storedHistory } from './board-load.ts';
import { lifecycleFlow } from './lifecycle-flow.ts';
import { lifecycleLanes } from './lifecycle-lanes.ts';
import type { BoardCards, BoardQuery, BoardView, MoveLogRow } from './protocol/index.ts';

export const lifecycle = {
  /** The cards' static columns (ids, names, CLV, P(alive), …), transferred once. */
  async loadBoardCards(datasetId: string): Promise<BoardCards> {
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

  async viewBoard(datasetId: string, query: BoardQuery): Promise<BoardView> {
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
  async applyBoardPreset(
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
  async readMoveLog(datasetId: string): Promise<MoveLogRow[]> {
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

  ...lifecycleLanes,
  ...lifecycleFlow,
};

export type * from './protocol/board.ts';
