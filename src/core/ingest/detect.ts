/**
 * A file's first bytes → proposed import settings, the reasons for each, and a preview of
 * the first rows as they would be imported. The user confirms or changes the settings;
 * `previewRows` shows the effect of a change.
 */
import {
  detectColumns,
  detectFileKind,
  detectHeader,
  generatedHeaders,
  type FileKind,
} from './columns.ts';
import { describeDelimiter, detectDelimiter } from './dialect.ts';
import { createDecoder, detectEncoding } from './encoding.ts';
import { ImportError, assertText, assertWidth } from './errors.ts';
import { FileEvidence } from './evidence.ts';
import { decideDates, decideNumbers, localeHint, notationWarnings } from './notation.ts';
import {
  asSet,
  columnsNote,
  dateNote,
  delimiterNote,
  encodingNote,
  note,
  numberNote,
} from './notes.ts';
import { findTableStart } from './report.ts';
import { fromHeaderRow, layoutWarnings, preambleWarning } from './report-warnings.ts';
import { readAllRows, type RawRows } from './rows.ts';
import type { DetectionNotes, ImportSettings, ImportWarning } from './types.ts';
import { RowChecker } from './validate.ts';
import { guessCurrency, type CurrencyGuess } from './currency.ts';

/** One row of the preview: its cells, what they read as, and what is wrong with them. */
export interface PreviewRow {
  line: number;
  cells: string[];
  values: {
    customerId?: string;
    day?: number;
    amount?: number;
    quantity?: number;
    cost?: number;
    orderId?: string;
    product?: string;
    channel?: string;
  };
  problems: { column: number | null; reason: string }[];
}

/** What detection proposes for a file. */
export interface Detection {
  kind: FileKind;
  settings: ImportSettings;
  notes: DetectionNotes;
  /**
   * What the user must see before importing: the table's layout (report-warnings.ts) and what
   * the rows read leave uncertain (notation.ts), as codes with parameters and example lines.
   */
  warnings: ImportWarning[];
  /** Header cells, or "Column 1", "Column 2", … when the file has no header row. */
  headers: string[];
  preview: PreviewRow[];
  /** The currency the amounts or their header show (null: nothing says; the UI falls back). */
  currency?: CurrencyGuess | null;
}

const DETECTION_ROWS = 500;

/**
 * Proposes settings from the first bytes of a file (about 1 MB; when `isWholeFile` is false
 * the last, possibly cut, line is ignored). Settings in `fixed` are kept as given and the
 * rest detected around them. Throws ImportError for empty, header-only or binary files.
 */
export function detectSettings(
  sample: Uint8Array,
  isWholeFile: boolean,
  fixed: Partial<ImportSettings> = {},
): Detection {
  const guess = detectEncoding(sample);
  const encoding = fixed.encoding ?? guess.encoding;
  assertText(sample, encoding.startsWith('utf-16'));
  const text = sampleText(sample, encoding, isWholeFile);
  const dialect = fixed.delimiter
    ? { delimiter: fixed.delimiter, note: `${describeDelimiter(fixed.delimiter)} (as set)` }
    : detectDelimiter(text.split('\n', 200));
  const all = readAllRows(text, dialect.delimiter);
  if (all.rows.length === 0) throw new ImportError('The file is empty: it has no rows of data.');
  // A report's title, period and blank lines above the table are skipped (and said so).
  const headerRow = fixed.headerRow ?? all.lines[findTableStart(all.rows)];
  const raw = fromHeaderRow(all, headerRow);
  if (raw.rows.length === 0) throw new ImportError('The file is empty: it has no rows of data.');
  assertWidth(raw.rows[0]!.length, firstRowCut(text, isWholeFile));
  const hasHeader = fixed.hasHeader ?? detectHeader(raw.rows);
  if (hasHeader && raw.rows.length === 1) {
    throw new ImportError('The file has a header row but no data rows.', { line: raw.lines[0] });
  }
  const headers = headersOf(raw.rows, hasHeader);
  const data = raw.rows.slice(hasHeader ? 1 : 0, DETECTION_ROWS + 1);
  const kind = detectFileKind(hasHeader ? headers : null, data);
  const mapping = fixed.columns
    ? { columns: fixed.columns, note: 'Columns as set' }
    : detectColumns(hasHeader ? headers : null, data);
  // Every row of the sample votes (for a file of up to 1 MB, every row of the file).
  const evidence = new FileEvidence();
  const { date, amount } = mapping.columns;
  const amountCells: string[] = [];
  for (let i = hasHeader ? 1 : 0; i < raw.rows.length; i++) {
    const row = raw.rows[i]!;
    if (date !== undefined) evidence.observeDate(row[date] ?? '', raw.lines[i]!);
    if (amount !== undefined) {
      evidence.observeAmount(row[amount] ?? '', raw.lines[i]!);
      amountCells.push(row[amount] ?? '');
    }
  }
  const hint = localeHint(dialect.delimiter, hasHeader ? headers : [], evidence);
  const dates = decideDates(evidence, hint);
  const numbers = decideNumbers(evidence, hint);
  const decimal = fixed.decimal ?? numbers.decimal;
  const settings: ImportSettings = {
    encoding,
    delimiter: dialect.delimiter,
    hasHeader,
    decimal,
    thousands: fixed.thousands ?? (numbers.thousands === decimal ? '' : numbers.thousands),
    dateFormat: fixed.dateFormat ?? dates.dateFormat,
    columns: mapping.columns,
  };
  if (headerRow !== undefined && headerRow > 1) settings.headerRow = headerRow;
  const notes: DetectionNotes = {
    encoding: fixed.encoding ? asSet(encoding) : encodingNote(guess),
    delimiter: fixed.delimiter ? asSet(fixed.delimiter) : delimiterNote(dialect),
    hasHeader: note(hasHeader ? 'note.header.yes' : 'note.header.no'),
    decimal: fixed.decimal ? asSet(fixed.decimal) : numberNote(numbers, evidence, hint),
    thousands: note('note.thousands', { count: evidence.amounts.spaceGroups.count }),
    dateFormat: fixed.dateFormat ? asSet(fixed.dateFormat) : dateNote(dates, evidence, hint),
    columns: fixed.columns
      ? note('note.columns.asSet')
      : columnsNote(mapping.columns, hasHeader ? headers : null),
  };
  const preview = previewOf(raw, settings, headers, 20);
  const layout =
    kind === 'transactions'
      ? layoutWarnings(raw, settings, headers)
      : preambleWarning(settings.headerRow);
  const warnings = [...layout, ...notationWarnings(settings, evidence)];
  const money = [amount, mapping.columns.cost].flatMap((c) =>
    hasHeader && c !== undefined ? [headers[c] ?? ''] : [],
  );
  const currency = guessCurrency(money, amountCells);
  return { kind, settings, notes, warnings, headers, preview, currency };
}

/** Headers and preview rows of a sample read with (possibly user-changed) settings. */
export function previewRows(
  sample: Uint8Array,
  settings: ImportSettings,
  isWholeFile: boolean,
  limit = 20,
): { headers: string[]; preview: PreviewRow[]; warnings: ImportWarning[] } {
  const text = sampleText(sample, settings.encoding, isWholeFile);
  const raw = fromHeaderRow(readAllRows(text, settings.delimiter), settings.headerRow);
  if (raw.rows[0]) assertWidth(raw.rows[0].length, firstRowCut(text, isWholeFile));
  const headers = headersOf(raw.rows, settings.hasHeader);
  const preview = previewOf(raw, settings, headers, limit);
  return { headers, preview, warnings: layoutWarnings(raw, settings, headers) };
}

/** The decoded sample, without a last line that the end of the sample may have cut. */
function sampleText(sample: Uint8Array, encoding: ImportSettings['encoding'], whole: boolean) {
  const decoded = createDecoder(encoding).decode(sample, whole);
  const text = decoded.indexOf('\r') === -1 ? decoded : decoded.replace(/\r(?!\n)/g, '\n');
  if (whole) return text;
  const end = text.lastIndexOf('\n');
  return end === -1 ? text : text.slice(0, end + 1);
}

/** True when the sample ends inside its first row (a first line longer than the sample). */
function firstRowCut(text: string, whole: boolean): boolean {
  return !whole && !text.includes('\n');
}

/** The header row's cells, or generated names for the most common width of the first rows. */
export function headersOf(rows: string[][], hasHeader: boolean): string[] {
  if (hasHeader) return (rows[0] ?? []).map((h) => h.trim());
  const tally = new Map<number, number>();
  for (const r of rows.slice(0, DETECTION_ROWS))
    tally.set(r.length, (tally.get(r.length) ?? 0) + 1);
  let width = 0;
  let most = 0;
  for (const [w, times] of tally) if (times > most) [width, most] = [w, times];
  return generatedHeaders(width);
}

function previewOf(
  raw: RawRows,
  settings: ImportSettings,
  headers: string[],
  limit: number,
): PreviewRow[] {
  const checker = new RowChecker(settings, headers.length);
  const start = settings.hasHeader ? 1 : 0;
  const preview: PreviewRow[] = [];
  for (let i = start; i < raw.rows.length && preview.length < limit; i++) {
    const cells = raw.rows[i]!;
    checker.check(cells, raw.suspect);
    const problems = checker.problems.map((p) => ({ ...p }));
    const bad = (c: number | undefined) =>
      problems.some((p) => p.column === null || (c !== undefined && p.column === c));
    const { columns } = settings;
    const v = checker.values;
    const values: PreviewRow['values'] = {};
    if (!bad(columns.customerId) && v.customerId) values.customerId = v.customerId;
    if (columns.date !== undefined && !bad(columns.date)) values.day = v.day;
    if (columns.amount !== undefined && !bad(columns.amount)) values.amount = v.amount;
    if (!bad(columns.quantity) && !Number.isNaN(v.quantity)) values.quantity = v.quantity;
    if (!bad(columns.cost) && !Number.isNaN(v.cost)) values.cost = v.cost;
    if (!bad(columns.orderId) && v.orderId) values.orderId = v.orderId;
    if (!bad(columns.product) && v.product) values.product = v.product;
    if (!bad(columns.channel) && v.channel) values.channel = v.channel;
    preview.push({ line: raw.lines[i]!, cells, values, problems });
  }
  return preview;
}
