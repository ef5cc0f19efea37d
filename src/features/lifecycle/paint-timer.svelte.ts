/**
 * Measures how long the board takes to show a new view: from the worker's answer to the
 * next painted frame (paintMs) and from the request to that frame (totalMs). Shown as data
 * attributes that the browser test and the benchmark print.
 */
import type { BoardState } from '../../state/board.svelte.ts';
import { afterPaint } from '../../ui/paint-mark.ts';

export function usePaintTimer(board: BoardState) {
  const timer = $state({ paintMs: 0, totalMs: 0, seq: 0 });
  $effect(() => {
    if (!board.view) return;
    const received = board.receivedAt;
    const requested = board.requestedAt;
    // After this effect the DOM is updated; afterPaint runs once it has been painted.
    afterPaint(() => {
      const now = performance.now();
      timer.paintMs = Math.round(now - received);
      timer.totalMs = Math.round(now - requested);
      timer.seq++;
    });
  });
  return timer;
}
