/** Shared by the churn charts: which period labels fit on an axis, and keyboard stepping. */

/** Show every n-th period label so that labels (about `labelPx` wide) do not overlap. */
export function labelStep(count: number, plotWidth: number, labelPx = 64): number {
  return Math.max(1, Math.ceil((count * labelPx) / Math.max(1, plotWidth)));
}

/** The period index a key moves to from `index` (undefined for other keys). */
export function stepPeriod(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return Math.min(count - 1, index + 1);
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageUp':
      return Math.min(count - 1, index + 12);
    case 'PageDown':
      return Math.max(0, index - 12);
    default:
      return undefined;
  }
}
