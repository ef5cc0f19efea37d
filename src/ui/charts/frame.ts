/**
 * The geometry every chart shares: the plot area inside the chart's margins, and how many
 * labels fit along an axis. Pure functions, so the chart kit's arithmetic is tested in Node.
 */

/** Space around the plot for axes, labels and titles, in pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A chart's size and its plot area's edges, in the SVG's pixels. */
export interface Plot {
  /** The whole SVG. */
  width: number;
  height: number;
  /** The plot area: x from `left` to `right`, y from `top` to `bottom` (downwards). */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The plot area of a chart `width` × `height` with `margin`. The plot keeps at least
 * `minWidth` pixels when the chart is narrower than its margins (it then runs past the
 * right edge rather than turning inside out).
 */
export function plotArea(width: number, height: number, margin: Margin, minWidth = 10): Plot {
  return {
    width,
    height,
    left: margin.left,
    right: Math.max(margin.left + minWidth, width - margin.right),
    top: margin.top,
    bottom: Math.max(margin.top, height - margin.bottom),
  };
}

/** Show every n-th of `count` labels so that labels about `labelPx` wide do not overlap. */
export function labelStep(count: number, plotWidth: number, labelPx = 64): number {
  return Math.max(1, Math.ceil((count * labelPx) / Math.max(1, plotWidth)));
}

/** How many ticks to ask a scale for: one per `px` pixels, within [min, max]. */
export function tickCount(plotWidth: number, px: number, min = 2, max = Infinity): number {
  return Math.max(min, Math.min(max, Math.floor(plotWidth / px)));
}

/**
 * The left edge of a tooltip `own` pixels wide for an anchor at `x` in a container `width`
 * wide: 12 px right of the anchor if it fits, else 12 px left of it, else against the
 * container's right edge (never left of 0).
 */
export function tooltipLeft(x: number, own: number, width: number): number {
  if (x + 12 + own <= width) return x + 12;
  if (x - 12 - own >= 0) return x - 12 - own;
  return Math.max(0, width - own);
}
