/**
 * Runs an action once, after nothing has been busy for a while: each busy spell postpones it,
 * and the wait starts over when the spell ends.
 */
export class OnceQuiet {
  readonly #action: () => void;
  readonly #ms: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #done = false;

  constructor(action: () => void, ms: number) {
    this.#action = action;
    this.#ms = ms;
  }

  /** Says whether something is busy now; call it whenever that changes. */
  busy(busy: boolean): void {
    clearTimeout(this.#timer);
    if (busy || this.#done) return;
    this.#timer = setTimeout(() => {
      this.#done = true;
      this.#action();
    }, this.#ms);
  }
}
