/** Margin per transaction row, from a margin percentage or from the cost column. */
import type { TransactionColumns } from '../model.ts';
import { checkChoice, checkRange } from './options.ts';

export type MarginSource = 'percent' | 'cost';
export const MARGIN_SOURCES: readonly MarginSource[] = ['percent', 'cost'];

export interface MarginOptions {
  /** 'percent' (default): amount × margin; 'cost': amount − cost (needs columns.cost). */
  marginSource?: MarginSource;
  /** Margin as a fraction of revenue, 0 … 1 (default 1: margin = revenue). */
  margin?: number;
}

export interface MarginColumn {
  source: MarginSource;
  /** The fraction used with 'percent'; null with 'cost'. */
  margin: number | null;
  /** Margin per row; NaN where the cost is unknown. */
  values: Float64Array;
  /** Rows left out because their cost is unknown (NaN). */
  unknownCost: number;
}

/**
 * Checks the margin options: the source, the fraction (0 … 1, default 1) with 'percent',
 * and that a cost column exists with 'cost'.
 */
export function marginSettings(
  columns: TransactionColumns,
  options: MarginOptions,
): { source: MarginSource; margin: number | null } {
  const source = checkChoice('marginSource', options.marginSource ?? 'percent', MARGIN_SOURCES);
  if (source === 'cost') {
    if (!columns.cost) throw new Error('invalid marginSource: cost, the data has no cost column');
    return { source, margin: null };
  }
  return { source, margin: checkRange('margin', options.margin ?? 1, 0, 1) };
}

/**
 * Margin of every row: amount × margin, or amount − cost. Refunds (negative amounts) give
 * negative margin. Rows with an unknown cost are NaN and are counted, so callers can skip
 * and report them.
 */
export function marginColumn(columns: TransactionColumns, options: MarginOptions): MarginColumn {
  const { source, margin } = marginSettings(columns, options);
  const { amount, cost } = columns;
  if (source === 'percent' || !cost) {
    const fraction = margin ?? 1;
    return { source, margin, values: amount.map((a) => a * fraction), unknownCost: 0 };
  }
  const values = new Float64Array(amount.length);
  let unknownCost = 0;
  for (let r = 0; r < amount.length; r++) {
    values[r] = amount[r]! - cost[r]!;
    if (Number.isNaN(cost[r]!)) unknownCost++;
  }
  return { source, margin: null, values, unknownCost };
}
