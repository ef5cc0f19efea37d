/**
 * Keyboard movement along a chart's marks (periods, points, bars): which index a key moves
 * the focus to. Enter and Space choose the focused mark (`isChoose`); Escape belongs to the
 * drill-down panel a choice opens (ui/drill-focus.ts).
 */

export interface StepOptions {
  /** The first index the focus may take (default 0). */
  min?: number;
  /** PageUp / PageDown move this many (0: the keys do nothing). */
  page?: number;
  /** ArrowUp / ArrowDown move like ArrowRight / ArrowLeft (false: left to the chart). */
  upDown?: boolean;
}

/**
 * The index `key` moves to from `index` among `count` marks, or undefined when the key is
 * not a movement key. Right (and Up with `upDown`) goes one on, Left (Down) one back, Home
 * to `min`, End to the last, PageUp/PageDown `page` on/back; always clamped to [min, count − 1].
 */
export function stepIndex(
  key: string,
  index: number,
  count: number,
  { min = 0, page = 0, upDown = false }: StepOptions = {},
): number | undefined {
  const last = Math.max(min, count - 1);
  const clamp = (i: number) => Math.max(min, Math.min(last, i));
  switch (key) {
    case 'ArrowUp':
    case 'ArrowDown':
      if (!upDown) return undefined;
      return clamp(key === 'ArrowUp' ? index + 1 : index - 1);
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'Home':
      return min;
    case 'End':
      return last;
    case 'PageUp':
      return page > 0 ? clamp(index + page) : undefined;
    case 'PageDown':
      return page > 0 ? clamp(index - page) : undefined;
    default:
      return undefined;
  }
}

/** Whether a key chooses the focused mark (Enter or Space). */
export function isChoose(key: string): boolean {
  return key === 'Enter' || key === ' ';
}
