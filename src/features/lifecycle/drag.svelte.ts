/**
 * Drag and drop for the board, built for 100 000 cards: nothing is attached per card
 * beyond a pointerdown handler, the dragged cards never move in the DOM (a small ghost
 * follows the pointer), and the lane under the pointer is found by one elementFromPoint per
 * move. The same state serves the keyboard: Space picks up, arrows choose, Enter drops.
 * Touch and pen use the same pointer events: cards are `touch-action: pan-y`, so a vertical
 * swipe scrolls the lane (the browser cancels the pointer) and a sideways move drags the
 * card across lanes; only the primary pointer drags, a second finger is ignored.
 */
export interface DropHandler {
  (customers: number[], lane: number): void;
}

/** Pixels the pointer travels before a press becomes a drag (fingers jitter more). */
const THRESHOLD = { mouse: 5, touch: 8 };

export class DragState {
  customers = $state.raw<number[]>([]);
  from = $state(-1);
  target = $state(-1);
  mode = $state<'pointer' | 'keyboard' | null>(null);
  x = $state(0);
  y = $state(0);
  #start: { x: number; y: number; customers: number[]; from: number; pointer: number } | null =
    null;
  #suppressClick = false;
  #onDrop: DropHandler;

  constructor(onDrop: DropHandler) {
    this.#onDrop = onDrop;
  }

  get active(): boolean {
    return this.mode !== null;
  }

  /** pointerdown on a card: a drag starts once the pointer moved a few pixels. */
  press(event: PointerEvent, customers: number[], from: number): void {
    if (event.button !== 0 || !event.isPrimary || this.mode !== null) return;
    // A drag that ended over another element fired no click: nothing left to suppress.
    this.#suppressClick = false;
    this.#start = { x: event.clientX, y: event.clientY, customers, from, pointer: event.pointerId };
    addEventListener('pointermove', this.#move);
    addEventListener('pointerup', this.#up);
    addEventListener('pointercancel', this.#cancel);
  }

  /** True once after a drag, so the click that ends it does not also select. */
  consumeClick(): boolean {
    const suppress = this.#suppressClick;
    this.#suppressClick = false;
    return suppress;
  }

  #move = (event: PointerEvent) => {
    const start = this.#start;
    if (!start || event.pointerId !== start.pointer) return;
    if (this.mode === null) {
      const threshold = event.pointerType === 'mouse' ? THRESHOLD.mouse : THRESHOLD.touch;
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) < threshold) return;
      this.customers = start.customers;
      this.from = start.from;
      this.target = start.from;
      this.mode = 'pointer';
    }
    event.preventDefault();
    this.x = event.clientX;
    this.y = event.clientY;
    const lane = document
      .elementFromPoint(event.clientX, event.clientY)
      ?.closest<HTMLElement>('[data-lane-index]');
    this.target = lane ? Number(lane.dataset.laneIndex) : -1;
  };

  #up = (event: PointerEvent) => {
    if (event.pointerId !== this.#start?.pointer) return;
    const dragging = this.mode === 'pointer';
    const { customers, target, from } = this;
    this.#end();
    if (!dragging) return;
    this.#suppressClick = true;
    if (target >= 0 && target !== from) this.#onDrop(customers, target);
  };

  #cancel = (event: PointerEvent) => {
    if (event.pointerId === this.#start?.pointer) this.#end();
  };

  #end(): void {
    this.#start = null;
    this.mode = null;
    this.customers = [];
    this.from = -1;
    this.target = -1;
    removeEventListener('pointermove', this.#move);
    removeEventListener('pointerup', this.#up);
    removeEventListener('pointercancel', this.#cancel);
  }

  /** Keyboard pick-up of the given customers from a lane. */
  pickUp(customers: number[], from: number): void {
    this.customers = customers;
    this.from = from;
    this.target = from;
    this.mode = 'keyboard';
  }

  /** Moves the keyboard target by `step` lanes (clamped); returns the new target. */
  step(step: number, lanes: number): number {
    this.target = Math.max(0, Math.min(lanes - 1, this.target + step));
    return this.target;
  }

  /** Drops (keyboard): true when the cards moved to another lane. */
  drop(): boolean {
    const { customers, target, from } = this;
    this.#end();
    if (target < 0 || target === from) return false;
    this.#onDrop(customers, target);
    return true;
  }

  cancel(): void {
    this.#end();
  }
}
