/**
 * A drill-down panel that opens in view: when it appears (or shows another selection) it is
 * scrolled into view and takes the focus; Escape or its close button closes it and gives the
 * focus back to what opened it (a heat-map cell, a chart point, a table row).
 *
 * Usage: `<section tabindex="-1" use:drillFocus={{ key, onClose }}>`, with the close button
 * marked `data-drill-close`. A new `key` (another cell, another period) takes the focus again;
 * the same key (a filter inside the panel changed) leaves it where it is.
 */
export interface DrillFocusParams {
  key: string;
  onClose: () => void;
  /** false: the panel is inside another one that handles the focus. */
  enabled?: boolean;
}

export function drillFocus(node: HTMLElement, params: DrillFocusParams) {
  let current = params;
  let opener: HTMLElement | SVGElement | null = null;

  function take() {
    if (current.enabled === false) return;
    const active = document.activeElement;
    if (
      (active instanceof HTMLElement || active instanceof SVGElement) &&
      active !== document.body &&
      !node.contains(active)
    ) {
      opener = active;
    }
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    node.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    node.focus({ preventScroll: true });
  }

  function giveBack() {
    const target = opener;
    current.onClose();
    if (target?.isConnected) target.focus({ preventScroll: false });
  }

  function onKey(event: KeyboardEvent) {
    if (current.enabled === false || event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    giveBack();
  }

  function onClick(event: MouseEvent) {
    const target = event.target as Element | null;
    if (current.enabled === false || !target?.closest('[data-drill-close]')) return;
    // The button's own handler closes the panel; the focus goes back first.
    if (opener?.isConnected) opener.focus();
  }

  take();
  node.addEventListener('keydown', onKey);
  node.addEventListener('click', onClick);
  return {
    update(next: DrillFocusParams) {
      const moved = next.key !== current.key;
      current = next;
      if (moved) take();
    },
    destroy() {
      node.removeEventListener('keydown', onKey);
      node.removeEventListener('click', onClick);
    },
  };
}
