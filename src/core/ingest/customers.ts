/**
 * The optional customers file: one row per customer with attributes (name, sign-up date,
 * segment, acquisition channel and cost, contract end, plan). Roles come from header names
 * in four languages; dates and amounts are read in the notation the columns' values show.
 */
import { MAX_NAME_LENGTH, cleanText, withoutInvisible } from './text.ts';
import type { DayNumber } from '../model.ts';
import { quoteCell } from './errors.ts';
import { detectDateFormat, parseDate } from './dates.ts';
import { CUSTOMER_NAMES, matchHeaders } from './headers.ts';
import { detectNumberFormat, parseAmount } from './numbers.ts';
import type { RawRows } from './rows.ts';
import type { ImportWarning, RejectedRow } from './types.ts';

export type CustomerRole = keyof typeof CUSTOMER_NAMES;

/** Column index per customers-file role. */
export type CustomerMapping = Partial<Record<CustomerRole, number>>;

export interface CustomerRecord {
  id: string;
  name?: string;
  signupDay?: DayNumber;
  segment?: string;
  channel?: string;
  acquisitionCost?: number;
  contractEndDay?: DayNumber;
  plan?: string;
}

/** Roles of a customers file's columns, from its header names. */
export function detectCustomerColumns(headers: string[]): CustomerMapping {
  return matchHeaders(headers, CUSTOMER_NAMES);
}

/**
 * Reads customer records from parsed rows (the first row is the header when `hasHeader`).
 * A row is rejected for a wrong field count, an empty id, or a non-empty date or cost that
 * cannot be read; empty optional cells are simply absent from the record.
 */
export function parseCustomerRows(
  raw: RawRows,
  headers: string[],
  options: { hasHeader: boolean; columns?: CustomerMapping },
): { customers: CustomerRecord[]; rejected: RejectedRow[]; warnings: ImportWarning[] } {
  const columns = options.columns ?? detectCustomerColumns(headers);
  const start = options.hasHeader ? 1 : 0;
  const body = raw.rows.slice(start);
  const values = (c: number | undefined) => (c === undefined ? [] : body.map((r) => r[c] ?? ''));
  const { dateFormat } = detectDateFormat([
    ...values(columns.signupDate),
    ...values(columns.contractEnd),
  ]);
  const { decimal, thousands } = detectNumberFormat(values(columns.acquisitionCost));
  const customers: CustomerRecord[] = [];
  const rejected: RejectedRow[] = [];
  const changed = { 'invisible-removed': [] as number[], 'text-truncated': [] as number[] };
  for (let i = 0; i < body.length; i++) {
    const cells = body[i]!;
    const line = raw.lines[i + start]!;
    const reject = (column: number | undefined, reason: string) =>
      rejected.push({
        line,
        column: column === undefined ? null : (headers[column] ?? null),
        reason,
      });
    const cell = (c: number | undefined) => (c === undefined ? '' : (cells[c] ?? '').trim());
    if (trimmedLength(cells, headers.length) !== headers.length) {
      reject(
        undefined,
        `wrong number of fields: ${trimmedLength(cells, headers.length)}, expected ${headers.length}`,
      );
      continue;
    }
    const idText = cell(columns.customerId);
    const record: CustomerRecord = { id: withoutInvisible(idText) };
    if (record.id !== idText) changed['invisible-removed'].push(line);
    if (record.id === '') {
      reject(columns.customerId, 'empty customer id');
      continue;
    }
    let ok = true;
    const date = (role: 'signupDate' | 'contractEnd') => {
      const text = cell(columns[role]);
      if (text === '') return undefined;
      const day = parseDate(text, dateFormat);
      if (day === undefined && ok) {
        reject(columns[role], `unreadable date ${quoteCell(text)}`);
        ok = false;
      }
      return day;
    };
    const text = (role: 'name' | 'segment' | 'channel' | 'plan') => {
      const cleaned = cleanText(cell(columns[role]), MAX_NAME_LENGTH);
      if (cleaned.removed) changed['invisible-removed'].push(line);
      if (cleaned.truncated) changed['text-truncated'].push(line);
      return cleaned.text || undefined;
    };
    const signupDay = date('signupDate');
    const contractEndDay = date('contractEnd');
    const costText = cell(columns.acquisitionCost);
    const acquisitionCost = costText === '' ? undefined : parseAmount(costText, decimal, thousands);
    if (ok && acquisitionCost !== undefined && Number.isNaN(acquisitionCost)) {
      reject(columns.acquisitionCost, `unreadable acquisition cost ${quoteCell(costText)}`);
      ok = false;
    }
    if (!ok) continue;
    const fields = {
      name: text('name'),
      signupDay,
      segment: text('segment'),
      channel: text('channel'),
      acquisitionCost,
      contractEndDay,
      plan: text('plan'),
    };
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) Object.assign(record, { [key]: value });
    }
    customers.push(record);
  }
  const warnings = Object.entries(changed)
    .filter(([, lines]) => lines.length > 0)
    .map(([code, lines]) => {
      const unique = [...new Set(lines)];
      const params: ImportWarning['params'] = { count: unique.length };
      if (code === 'text-truncated') params.max = MAX_NAME_LENGTH;
      return { code, params, lines: unique.slice(0, 10) };
    });
  return { customers, rejected, warnings };
}

/** Field count without empty fields beyond the header's width (spreadsheets pad rows). */
function trimmedLength(cells: string[], width: number): number {
  let n = cells.length;
  while (n > width && cells[n - 1]!.trim() === '') n--;
  return n;
}
