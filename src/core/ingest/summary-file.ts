/**
 * Per-customer summary files, as a data warehouse produces them for data too large for the
 * browser: customer id, frequency (repeat purchases, x), recency (t_x), age T and optionally
 * the mean value of repeat purchases (zbar), as in Fader & Hardie's CDNOW summaries.
 */
import { SUMMARY_NAMES, matchHeaders } from './headers.ts';
import { quoteCell } from './errors.ts';
import { parseAmount } from './numbers.ts';
import type { RawRows } from './rows.ts';
import type { DecimalSeparator, RejectedRow, ThousandsSeparator } from './types.ts';

export type SummaryRole = keyof typeof SUMMARY_NAMES;

/** Column per summary role; monetary is optional. */
export type SummaryMapping = Partial<Record<SummaryRole, number>>;

/** Parallel columns, one entry per customer; monetary is NaN where the file has none. */
export interface CustomerSummaryFile {
  ids: string[];
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  monetary: Float64Array;
}

/** Roles of a summary file's columns from its header names (ID, x, t_x, T, zbar …). */
export function detectSummaryColumns(headers: string[]): SummaryMapping {
  return matchHeaders(headers, SUMMARY_NAMES);
}

/**
 * Reads summary rows (the first row is the header when `hasHeader`). Rejects rows with a
 * wrong field count, an empty id, unreadable or negative numbers, or recency beyond T.
 */
export function parseSummaryRows(
  raw: RawRows,
  headers: string[],
  options: {
    hasHeader: boolean;
    decimal?: DecimalSeparator;
    thousands?: ThousandsSeparator;
    columns?: SummaryMapping;
  },
): { summary: CustomerSummaryFile; rejected: RejectedRow[] } {
  const columns = options.columns ?? detectSummaryColumns(headers);
  const { decimal = '.', thousands = '' } = options;
  const start = options.hasHeader ? 1 : 0;
  const n = raw.rows.length - start;
  const ids: string[] = [];
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const T = new Float64Array(n);
  const monetary = new Float64Array(n);
  const rejected: RejectedRow[] = [];
  let k = 0;
  for (let i = start; i < raw.rows.length; i++) {
    const cells = raw.rows[i]!;
    const line = raw.lines[i]!;
    const reject = (column: number | undefined, reason: string) =>
      rejected.push({
        line,
        column: column === undefined ? null : (headers[column] ?? null),
        reason,
      });
    if (cells.length !== headers.length) {
      reject(undefined, `wrong number of fields: ${cells.length}, expected ${headers.length}`);
      continue;
    }
    const id = (cells[columns.customerId ?? -1] ?? '').trim();
    if (id === '') {
      reject(columns.customerId, 'empty customer id');
      continue;
    }
    const read = (role: SummaryRole): number | string => {
      const text = (cells[columns[role] ?? -1] ?? '').trim();
      const x = parseAmount(text, decimal, thousands);
      return Number.isNaN(x) || x < 0 ? `unreadable ${role} ${quoteCell(text)}` : x;
    };
    const values = [read('frequency'), read('recency'), read('T')];
    const m = columns.monetary === undefined ? NaN : read('monetary');
    const bad = [...values, m].findIndex((v) => typeof v === 'string');
    if (bad !== -1) {
      const roles: SummaryRole[] = ['frequency', 'recency', 'T', 'monetary'];
      reject(columns[roles[bad]!], [...values, m][bad] as string);
      continue;
    }
    const [x, tx, age] = values as number[];
    if (tx! > age!) {
      reject(columns.recency, `recency ${tx} is beyond T ${age}`);
      continue;
    }
    ids.push(id);
    frequency[k] = x!;
    recency[k] = tx!;
    T[k] = age!;
    monetary[k] = m as number;
    k++;
  }
  return {
    summary: {
      ids,
      frequency: frequency.slice(0, k),
      recency: recency.slice(0, k),
      T: T.slice(0, k),
      monetary: monetary.slice(0, k),
    },
    rejected,
  };
}
