/**
 * The lifecycle selection panel's state (src/features/lifecycle/selection.svelte.ts) over a fake
 * board: a card's product gaps, the move behind a manual card, and late answers dropped.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  SelectionDetail,
  type SelectionBoard,
} from '../../../src/features/lifecycle/selection.svelte.ts';
import type { BoardCards, MoveLogRow } from '../../../src/state/board.svelte.ts';

const move = (id: number, customerIds: string[], undone = false) =>
  ({ id, customerIds, undone }) as unknown as MoveLogRow;
const LOG = [move(3, ['B'], true), move(2, ['A', 'B']), move(1, ['B'])];

function fakeBoard() {
  return {
    cards: { ids: ['A', 'B'] } as unknown as BoardCards,
    gaps: vi.fn((customer: number) => Promise.resolve(customer === 1 ? ['Beans'] : [])),
    moveLog: vi.fn(() => Promise.resolve(LOG)),
  } satisfies SelectionBoard;
}

describe('SelectionDetail', () => {
  it('shows a card’s gaps, and for a manual card the latest move not undone', async () => {
    const board = fakeBoard();
    const detail = new SelectionDetail(board);
    await detail.show(1, true);
    expect(detail.gaps).toEqual(['Beans']);
    expect(detail.override?.id).toBe(2);
    await detail.show(0, false);
    expect(detail.gaps).toEqual([]);
    expect(detail.override).toBeNull();
    expect(board.moveLog).toHaveBeenCalledTimes(1);
  });

  it('drops the answers for a customer no longer shown', async () => {
    const board = fakeBoard();
    let answer: (gaps: string[]) => void = () => undefined;
    board.gaps.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const detail = new SelectionDetail(board);
    const first = detail.show(1, false);
    await detail.show(null, false);
    answer(['Late']);
    await first;
    expect(detail.gaps).toBeNull();
  });
});
