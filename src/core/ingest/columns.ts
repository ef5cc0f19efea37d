/**
 * Which row is the header and which column plays which role: by header names first, then
 * by what the values look like for the required roles no name claimed.
 */
import { parseDate, detectDateFormat } from './dates.ts';
import {
  CUSTOMER_NAMES,
  SUMMARY_NAMES,
  TRANSACTION_NAMES,
  matchHeaders,
  normalizeHeader,
} from './headers.ts';
import { detectNumberFormat, parseAmount } from './numbers.ts';
import type { ColumnMapping, DateFormat, TransactionRole } from './types.ts';

/** What a file holds: one row per transaction, per customer, or a per-customer summary. */
export const FILE_KINDS = ['transactions', 'customers', 'summary'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

type CellType = 'empty' | 'number' | 'date' | 'text';

const SHAPE_FORMATS: readonly DateFormat[] = ['iso', 'ymd', 'dmy', 'mdy', 'yyyymmdd'];

function cellType(cell: string): CellType {
  const s = cell.trim();
  if (s === '') return 'empty';
  for (const f of SHAPE_FORMATS) if (parseDate(s, f) !== undefined) return 'date';
  if (!Number.isNaN(parseAmount(s, '.', ',')) || !Number.isNaN(parseAmount(s, ',', ' '))) {
    return 'number';
  }
  return 'text';
}

/**
 * True when the first row names the columns: its cells are text where the rows below hold
 * numbers or dates, or it spells at least two known column names.
 */
export function detectHeader(rows: string[][]): boolean {
  const [first, ...below] = rows.slice(0, 51);
  if (!first) return false;
  const named = Object.keys(matchHeaders(first, TRANSACTION_NAMES)).length;
  const summary = Object.keys(matchHeaders(first, SUMMARY_NAMES)).length;
  if (named >= 2 || summary >= 3) return true;
  let votes = 0;
  first.forEach((cell, c) => {
    const top = cellType(cell);
    const types = below.map((row) => cellType(row[c] ?? ''));
    const typed = types.filter((t) => t === 'number' || t === 'date').length;
    const majority = types.length > 0 && typed / types.length > 0.5;
    if (majority && top === 'text') votes++;
    else if (majority && (top === 'number' || top === 'date')) votes--;
  });
  if (below.length === 0) return first.every((cell) => cellType(cell) === 'text');
  return votes > 0;
}

/** Names for header-less files: "Column 1", "Column 2", … */
export function generatedHeaders(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Column ${i + 1}`);
}

interface ColumnFacts {
  values: string[];
  dateFormat: DateFormat;
  dateShare: number;
  numberShare: number;
  integerShare: number;
  fractionalOrCurrency: number;
  leadingZeros: boolean;
  repeats: boolean;
  maxAbs: number;
}

function columnFacts(sample: string[][], c: number): ColumnFacts {
  const values = sample.map((row) => (row[c] ?? '').trim()).filter((v) => v !== '');
  const n = Math.max(values.length, 1);
  const { dateFormat } = detectDateFormat(values);
  const { decimal, thousands } = detectNumberFormat(values);
  let dates = 0;
  let numbers = 0;
  let integers = 0;
  let fractional = 0;
  let maxAbs = 0;
  for (const v of values) {
    if (dateFormat !== 'excel' && parseDate(v, dateFormat) !== undefined) dates++;
    const x = parseAmount(v, decimal, thousands);
    if (Number.isNaN(x)) continue;
    numbers++;
    maxAbs = Math.max(maxAbs, Math.abs(x));
    if (Number.isInteger(x) && /^[+-]?\d+$/.test(v)) integers++;
    else fractional++;
  }
  return {
    values,
    dateFormat,
    dateShare: dates / n,
    numberShare: numbers / n,
    integerShare: integers / n,
    fractionalOrCurrency: fractional / n,
    leadingZeros: values.some((v) => /^0\d/.test(v)),
    repeats: new Set(values).size < values.length,
    maxAbs,
  };
}

/**
 * Maps roles to columns. Header names decide where they match (in four languages); the
 * required roles left over are found from the values: dates that parse, amounts that are
 * numbers with decimals or currency, a customer id that is the first id-like column with
 * repeats; and, without a header, a small whole-number column as quantity.
 */
export function detectColumns(
  headers: string[] | null,
  sample: string[][],
  hints: { dateFormat?: DateFormat } = {},
): { columns: ColumnMapping; note: string } {
  const width = Math.max(headers?.length ?? 0, ...sample.map((r) => r.length));
  const columns: ColumnMapping = headers ? matchHeaders(headers, TRANSACTION_NAMES) : {};
  const byName = new Set(Object.keys(columns));
  const facts = Array.from({ length: width }, (_, c) => columnFacts(sample, c));
  const free = (c: number) => !Object.values(columns).includes(c);
  const pick = (role: TransactionRole, test: (f: ColumnFacts, c: number) => boolean) => {
    if (columns[role] !== undefined) return;
    const c = facts.findIndex((f, i) => free(i) && test(f, i));
    if (c !== -1) columns[role] = c;
  };
  pick(
    'date',
    (f) => f.dateShare >= 0.8 && (!hints.dateFormat || hints.dateFormat === f.dateFormat),
  );
  pick('date', (f) => f.dateShare >= 0.8);
  const amountScore = (f: ColumnFacts) => (f.numberShare >= 0.9 ? f.fractionalOrCurrency : -1);
  if (columns.amount === undefined) {
    let best = -1;
    facts.forEach((f, c) => {
      if (free(c) && amountScore(f) > 0 && (best < 0 || amountScore(f) > amountScore(facts[best]!)))
        best = c;
    });
    if (best >= 0) columns.amount = best;
  }
  pick('customerId', (f) => f.repeats && f.fractionalOrCurrency === 0 && f.values.length > 0);
  pick('customerId', (f) => f.fractionalOrCurrency === 0 && f.values.length > 0);
  if (!headers) {
    pick('quantity', (f) => f.integerShare === 1 && !f.leadingZeros && f.maxAbs <= 10_000);
  }
  return { columns, note: describeColumns(columns, headers ?? generatedHeaders(width), byName) };
}

const ROLE_NAMES: Record<TransactionRole, string> = {
  customerId: 'customer id',
  date: 'date',
  amount: 'amount',
  orderId: 'order id',
  product: 'product',
  channel: 'channel',
  quantity: 'quantity',
  cost: 'cost',
};

/** "customer id ← Клиент (by name); amount ← Column 5 (by values)". */
export function describeColumns(
  columns: ColumnMapping,
  headers: string[],
  byName: ReadonlySet<string> = new Set(),
): string {
  const parts = (Object.keys(ROLE_NAMES) as TransactionRole[]).flatMap((role) => {
    const c = columns[role];
    if (c === undefined) return [];
    const how = byName.has(role) ? 'by name' : 'by values';
    return [`${ROLE_NAMES[role]} ← ${headers[c] ?? `Column ${c + 1}`} (${how})`];
  });
  const missing = (['customerId', 'date', 'amount'] as const).filter(
    (r) => columns[r] === undefined,
  );
  const tail = missing.length ? `; not found: ${missing.map((r) => ROLE_NAMES[r]).join(', ')}` : '';
  return (parts.join('; ') || 'no column recognised') + tail;
}

/**
 * Per-customer summary when frequency, recency and T are named; customers when a customer id
 * comes with customer attributes but no date-and-amount pair; transactions otherwise.
 */
export function detectFileKind(headers: string[] | null, _sample: string[][]): FileKind {
  if (!headers) return 'transactions';
  const summary = matchHeaders(headers, SUMMARY_NAMES);
  if (summary.frequency !== undefined && summary.recency !== undefined && summary.T !== undefined) {
    return 'summary';
  }
  const tx = matchHeaders(headers, TRANSACTION_NAMES);
  if (tx.date !== undefined && tx.amount !== undefined) return 'transactions';
  const customers = matchHeaders(headers, CUSTOMER_NAMES);
  const attributes = Object.keys(customers).filter((r) => r !== 'customerId');
  if (customers.customerId !== undefined && attributes.length > 0) return 'customers';
  return 'transactions';
}

/** Whether a header name is one of the names for a date column. */
export function namesDate(header: string): boolean {
  return (TRANSACTION_NAMES.date as readonly string[]).includes(normalizeHeader(header));
}
