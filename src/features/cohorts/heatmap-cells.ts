/**
 * The heat map's rows as one SVG fragment. A month matrix over three years has ~700 cells,
 * each a rect, a hatch for incomplete periods and a value: as Svelte template nodes that is
 * thousands of reactive nodes created, laid out and collected on every change (~250 ms on a
 * slow laptop, one long task); as a string the browser's parser builds them in a few
 * milliseconds. Interaction stays on the grid element (events carry data-r and data-k).
 */
import type { CohortRow } from '../../core/index.ts';

export interface HeatmapLayout {
  /** Element ids are `${uid}-${r}-${k}` (the grid's aria-activedescendant). */
  uid: string;
  x: (k: number) => number;
  y: (r: number) => number;
  cellW: number;
  rowH: number;
  /** Right edge of the size column; every `labelEvery`-th row has its labels. */
  sizeRight: number;
  labelEvery: number;
  showText: boolean;
  cellFont: number;
}

export interface HeatmapCellText {
  /** The shown value of cell (r, k); null when there is none. */
  value: (r: number, k: number) => number | null;
  fill: (value: number | null) => string;
  textFill: (value: number | null) => string;
  text: (value: number | null) => string;
  /** The cell's accessible name. */
  name: (r: number, k: number) => string;
  /** The row's size as shown. */
  size: (row: CohortRow) => string;
  label: (row: CohortRow) => string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text and attribute values from the user's file are escaped, never markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The rows (`small[r]`: faded, size marked) as SVG markup for the grid's cell layer. */
export function heatmapRowsSvg(
  rows: readonly CohortRow[],
  small: readonly boolean[],
  layout: HeatmapLayout,
  words: HeatmapCellText,
): string {
  const { uid, x, y, cellW, rowH, sizeRight, labelEvery, showText, cellFont } = layout;
  const w = cellW - 1;
  const h = rowH - 1;
  const parts: string[] = [];
  rows.forEach((row, r) => {
    const top = y(r);
    const textY = top + rowH / 2 + 4;
    parts.push(`<g role="row"${small[r] ? ' class="faded" data-small=""' : ''}>`);
    if (r % labelEvery === 0) {
      parts.push(
        `<text x="0" y="${textY}">${escapeXml(words.label(row))}</text>`,
        `<text x="${sizeRight}" y="${textY}" text-anchor="end"${small[r] ? ' class="small-size"' : ''} fill="${small[r] ? 'var(--warn)' : 'var(--muted)'}">${escapeXml(words.size(row))}</text>`,
      );
    }
    const cohort = escapeXml(row.cohort);
    const group = row.group === undefined ? '' : ` data-group="${escapeXml(row.group)}"`;
    for (let k = 0; k < row.values.length; k++) {
      const value = words.value(r, k);
      const left = x(k);
      parts.push(
        `<rect id="${uid}-${r}-${k}" role="gridcell" aria-label="${escapeXml(words.name(r, k))}" data-r="${r}" data-k="${k}" data-cohort="${cohort}"${group} x="${left}" y="${top}" width="${w}" height="${h}" fill="${words.fill(value)}"/>`,
      );
      if (!row.complete[k]) {
        parts.push(
          `<rect x="${left}" y="${top}" width="${w}" height="${h}" fill="url(#hatch-${uid})" pointer-events="none"/>`,
        );
      }
      if (showText) {
        parts.push(
          `<text x="${left + cellW / 2}" y="${textY}" text-anchor="middle" font-size="${cellFont}" pointer-events="none" fill="${words.textFill(value)}">${escapeXml(words.text(value))}</text>`,
        );
      }
    }
    parts.push('</g>');
  });
  return parts.join('');
}
