/**
 * The lifecycle board's state (src/state/board.svelte.ts) against a fake analytics worker: the
 * query it sends, selection by click, Ctrl and Shift, moves and undo with their announcements,
 * search revealing a card in a collapsed lane, and the worker's error kept to show.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  BoardState,
  type BoardCards,
  type BoardClient,
  type BoardView,
} from '../../../src/state/board.svelte.ts';

/** Two lanes: "new" shows customers 0, 1 and 2, "loyal" shows 3; `changed` customers moved. */
function boardView(changed = 0): BoardView {
  return {
    config: { lanes: [] },
    lanes: [
      { id: 'new', shown: new Int32Array([0, 1, 2]) },
      { id: 'loyal', shown: new Int32Array([3]) },
    ],
    lane: new Uint8Array([0, 0, 0, 1]),
    manual: new Uint8Array(4),
    orphaned: 0,
    canUndo: changed > 0,
    canRedo: false,
    changed,
  } as unknown as BoardView;
}
const CARDS = { ids: ['A', 'B', 'C', 'D'] } as unknown as BoardCards;
const QUERY = { sort: 'clv', filter: { segment: -1, channel: -1, tier: -1 }, missing: null };
const moved = (count: number) => `${count} moved`;

function fake() {
  const fail = () => Promise.reject(new Error('not expected'));
  return {
    loadBoardCards: vi.fn(() => Promise.resolve(CARDS)),
    viewBoard: vi.fn(() => Promise.resolve(boardView())),
    syncBoard: vi.fn(() => Promise.resolve(boardView())),
    setBoardConfig: vi.fn(() => Promise.resolve(boardView())),
    applyBoardPreset: vi.fn(() => Promise.resolve(boardView())),
    moveCustomers: vi.fn(() => Promise.resolve(boardView(2))),
    clearOverrides: vi.fn(() => Promise.resolve(boardView(1))),
    undoMove: vi.fn(() => Promise.resolve(boardView(2))),
    redoMove: vi.fn(() => Promise.resolve(boardView(2))),
    findCustomers: vi.fn(() => Promise.resolve([2])),
    readMoveLog: vi.fn(fail),
    profileLane: vi.fn(fail),
    findCustomerGaps: vi.fn(() => Promise.resolve(['Beans'])),
    traceFlow: vi.fn(fail),
    traceFlowRange: vi.fn(fail),
  } satisfies BoardClient;
}

async function started(client = fake()) {
  const board = new BoardState('board-1', client);
  await board.start();
  return board;
}

describe('BoardState', () => {
  it('loads the cards once, then the view for its query', async () => {
    const client = fake();
    const board = await started(client);
    expect(board.cards).toBe(CARDS);
    expect(board.view?.lanes).toHaveLength(2);
    expect(client.viewBoard).toHaveBeenCalledWith('board-1', QUERY);
    await board.setSort('recency');
    await board.setFilter({ segment: 2, channel: -1, tier: -1 });
    expect(client.viewBoard).toHaveBeenLastCalledWith('board-1', {
      ...QUERY,
      sort: 'recency',
      filter: { segment: 2, channel: -1, tier: -1 },
    });
    expect(client.loadBoardCards).toHaveBeenCalledTimes(1);
  });

  it('selects one, toggles with Ctrl and takes a range with Shift', async () => {
    const board = await started();
    board.select(0, 0, 'one');
    board.select(0, 2, 'toggle');
    expect([...board.selected]).toEqual([0, 2]);
    board.select(0, 2, 'toggle');
    expect([...board.selected]).toEqual([0]);
    board.select(0, 0, 'one');
    board.select(0, 2, 'range');
    expect([...board.selected].sort()).toEqual([0, 1, 2]);
    board.clearSelection();
    expect(board.selected.size).toBe(0);
  });

  it('a move is announced and clears the selection; undo is announced too', async () => {
    const client = fake();
    const board = await started(client);
    board.selectAllShown(0);
    await board.move([0, 1], 'loyal', 'called', moved);
    expect(client.moveCustomers).toHaveBeenCalledWith('board-1', [0, 1], 'loyal', 'called', QUERY);
    expect(board.announcement).toBe('2 moved');
    expect(board.selected.size).toBe(0);
    board.announce('');
    await board.undo(moved);
    expect(board.announcement).toBe('2 moved');
    expect(board.view?.canUndo).toBe(true);
  });

  it('search opens a collapsed lane and reveals the card found', async () => {
    const client = fake();
    const board = await started(client);
    board.toggleCollapsed('new');
    expect(board.collapsed.has('new')).toBe(true);
    const result = await board.search('C');
    expect(client.findCustomers).toHaveBeenCalledWith('board-1', 'C', 20);
    expect(result).toEqual({ found: 1, customer: 2, hidden: false });
    expect(board.collapsed.has('new')).toBe(false);
    expect(board.reveal).toMatchObject({ lane: 0, position: 2, customer: 2, highlight: true });
    expect(await board.gaps(2)).toEqual(['Beans']);
  });

  it('keeps the worker’s error and the last view', async () => {
    const client = fake();
    const board = await started(client);
    client.applyBoardPreset.mockImplementationOnce(() => Promise.reject(new Error('bad preset')));
    await board.usePreset('default');
    expect(board.error).toBe('bad preset');
    expect(board.view?.lanes).toHaveLength(2);
    expect(board.busy).toBe(false);
  });
});
