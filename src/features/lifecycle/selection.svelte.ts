/**
 * What the selection panel shows of one selected card beyond the board's view: the products the
 * customer has not bought and, for a card moved by hand, the move that put it there.
 */
import type { BoardState, MoveLogRow } from '../../state/board.svelte.ts';

/** The board calls the panel needs (the real board, or one over a fake worker in tests). */
export type SelectionBoard = Pick<BoardState, 'cards' | 'gaps' | 'moveLog'>;

export class SelectionDetail {
  #gaps = $state<string[] | null>(null);
  #override = $state<MoveLogRow | null>(null);
  #customer: number | null = null;
  readonly #board: SelectionBoard;

  constructor(board: SelectionBoard) {
    this.#board = board;
  }

  /** The products the customer lacks (null while loading or when none is shown). */
  get gaps(): string[] | null {
    return this.#gaps;
  }
  /** The move that put a manual card in its lane (null: not found, or not manual). */
  get override(): MoveLogRow | null {
    return this.#override;
  }

  /** Shows one customer (null: none); answers for a customer no longer shown are dropped. */
  async show(customer: number | null, manual: boolean): Promise<void> {
    this.#customer = customer;
    this.#gaps = null;
    this.#override = null;
    if (customer === null) return;
    const id = this.#board.cards?.ids[customer];
    const gaps = this.#board.gaps(customer).then((g) => {
      if (this.#customer === customer) this.#gaps = g;
    });
    if (!manual || id === undefined) return gaps;
    const override = this.#board.moveLog().then((log) => {
      if (this.#customer === customer)
        this.#override = log.find((m) => !m.undone && m.customerIds.includes(id)) ?? null;
    });
    await Promise.all([gaps, override]);
  }
}
