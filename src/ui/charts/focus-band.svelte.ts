/**
 * What a chart highlights and describes in its tooltip: the mark under the pointer, else —
 * while the chart has the keyboard focus — the mark the arrow keys moved to. One instance per
 * chart; `T` is whatever names a mark (an index, a cell `{ r, k }`).
 *
 * Two ways to use it:
 * - a focusable whole (an SVG `role="slider"`, a grid): give it to the ChartFrame (`{band}`)
 *   or `use:band.focusable` on it, set `band.hovered` from the pointer and call
 *   `band.move(next)` from its keydown handler;
 * - focusable marks (`<g role="button" tabindex="0">` per bar): `use:band.mark={value}`.
 *
 * Actions rather than spread handlers: spreading attributes on an element pulls Svelte's
 * whole attribute runtime into the start-up bundle.
 *
 * On touch screens a tap shows the mark and lifting the finger does not hide it.
 */
import { isChoose } from './focus.ts';

export class FocusBand<T> {
  #focused = $state(false);
  #hovered = $state.raw<T | null>(null);
  #active = $state.raw<T>() as T;

  constructor(initial: T) {
    this.#active = initial;
  }

  /** Whether the focusable whole has the keyboard focus. */
  get focused(): boolean {
    return this.#focused;
  }

  /** The mark under the pointer (or tapped), if any. */
  get hovered(): T | null {
    return this.#hovered;
  }

  set hovered(value: T | null) {
    this.#hovered = value;
  }

  /** The mark the keyboard is on (kept when the focus leaves). */
  get active(): T {
    return this.#active;
  }

  set active(value: T) {
    this.#active = value;
  }

  /** The mark to highlight and describe: hovered, else the keyboard's while focused. */
  get shown(): T | null {
    return this.#hovered ?? (this.#focused ? this.#active : null);
  }

  /** A key moved the focus: the keyboard's mark is shown, the pointer's gives way. */
  move(next: T): void {
    this.#active = next;
    this.#hovered = null;
  }

  /**
   * A key on the focusable whole: `step` says where a movement key goes from the keyboard's
   * mark (undefined: not a movement key); Enter or Space chooses that mark (`choose`). A key
   * handled does not scroll the page.
   */
  key(
    event: KeyboardEvent,
    step: (key: string, from: T) => T | undefined,
    choose?: (mark: T) => void,
  ) {
    if (choose && isChoose(event.key)) {
      event.preventDefault();
      choose(this.#active);
      return;
    }
    const next = step(event.key, this.#active);
    if (next === undefined) return;
    event.preventDefault();
    this.move(next);
  }

  /** Leaving the chart hides the pointer's mark, unless the pointer is a finger. */
  leave = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') this.#hovered = null;
  };

  /** Action for the focusable whole: focus, blur and the pointer leaving. */
  readonly focusable = (node: Element) => ({
    destroy: listen(node, {
      focus: () => (this.#focused = true),
      blur: () => (this.#focused = false),
      pointerleave: (event) => this.leave(event as PointerEvent),
    }),
  });

  /** Action for one focusable mark (`use:band.mark={value}`): pointer or focus shows it. */
  readonly mark = (node: Element, value: T) => {
    let current = value;
    return {
      update: (next: T) => (current = next),
      destroy: listen(node, {
        pointerenter: () => (this.#hovered = current),
        pointerleave: (event) => this.leave(event as PointerEvent),
        focus: () => (this.#hovered = current),
        blur: () => (this.#hovered = null),
      }),
    };
  };
}

/** Adds the listeners to a node; returns what removes them. */
function listen(node: Element, handlers: Record<string, (event: Event) => void>): () => void {
  const entries = Object.entries(handlers);
  for (const [type, handler] of entries) node.addEventListener(type, handler);
  return () => {
    for (const [type, handler] of entries) node.removeEventListener(type, handler);
  };
}
