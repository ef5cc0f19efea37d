/**
 * A sheet as the CSV path reads it: UTF-8, comma-separated, one line per sheet row (so line
 * numbers are row numbers), every row as wide as the widest, line breaks inside cells as
 * spaces. Also: which sheet of a workbook holds the transactions, and each sheet's row count.
 */
import { ImportError, MAX_COLUMNS } from '../errors.ts';
import { detectSettings } from '../detect.ts';
import { REQUIRED_ROLES } from '../types.ts';
import { findSheet, readSheet, type Workbook, type WorkbookSheet } from './workbook.ts';

/** A sheet in the sheet picker. */
export interface SheetInfo {
  name: string;
  /** Rows with at least one value (title and header rows included). */
  rows: number;
  hidden: boolean;
}

export interface SheetTable {
  sheet: string;
  /** The sheet as CSV text, line N = row N. */
  csv: string;
  rows: number;
  width: number;
  /** Columns where most values are date cells. */
  dateColumns: number[];
}

/** Progress of a conversion: rows so far and the share of the sheet's XML read. */
export type TableProgress = (rows: number) => void;

function csvCell(cell: string): string {
  let text = cell;
  if (text.indexOf('\n') !== -1 || text.indexOf('\r') !== -1) text = text.replace(/[\r\n]+/g, ' ');
  return text.indexOf('"') !== -1 || text.indexOf(',') !== -1
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/**
 * A sheet → CSV text (all of it, or its first `maxRows` rows with values). `isCancelled` is
 * asked between batches; a true answer stops with 'cancelled'.
 */
export async function sheetTable(
  book: Workbook,
  sheet: WorkbookSheet,
  options: { maxRows?: number; onProgress?: TableProgress; isCancelled?: () => boolean } = {},
): Promise<SheetTable | 'cancelled'> {
  const { maxRows = Infinity, onProgress, isCancelled } = options;
  const lines: string[] = [];
  const widths: number[] = [];
  let width = 0;
  let lastRow = 0;
  let rows = 0;
  let batches = 0;
  const dateCells: number[] = [];
  outer: for await (const batch of readSheet(book, sheet)) {
    if (isCancelled?.()) return 'cancelled';
    for (const { row, cells, dates } of batch) {
      if (row <= lastRow) continue; // rows out of order: the first one counts
      for (let gap = lastRow + 1; gap < row; gap++) {
        lines.push('');
        widths.push(0);
      }
      lastRow = row;
      let line = csvCell(cells[0]!);
      for (let c = 1; c < cells.length; c++) line += `,${csvCell(cells[c]!)}`;
      lines.push(line);
      widths.push(cells.length);
      for (const c of dates) dateCells[c] = (dateCells[c] ?? 0) + 1;
      if (cells.length > width) width = cells.length;
      if (++rows >= maxRows) break outer;
    }
    if (onProgress && ++batches % 16 === 0) onProgress(rows);
  }
  onProgress?.(rows);
  // Every row is padded to the widest: a value far to the right would multiply the text.
  if (width > MAX_COLUMNS) {
    const count = width.toLocaleString('en-US');
    throw new ImportError(
      `The sheet "${sheet.name}" has values in ${count} columns; at most ${MAX_COLUMNS.toLocaleString('en-US')} are supported. Delete the cells far to the right, or save the table as CSV.`,
    );
  }
  for (let i = 0; i < lines.length; i++) {
    const missing = width - widths[i]!;
    if (missing > 0 && widths[i]! > 0) lines[i] += ','.repeat(missing);
  }
  const dateColumns: number[] = [];
  dateCells.forEach((n, c) => {
    if (n >= rows / 2) dateColumns.push(c);
  });
  const csv = lines.join('\n') + (lines.length > 0 ? '\n' : '');
  return { sheet: sheet.name, csv, rows, width, dateColumns };
}

/** How much a sheet looks like a transactions table: required roles found, then rows. */
async function score(book: Workbook, sheet: WorkbookSheet): Promise<number> {
  // A sheet that cannot be read is not the default; it says why when chosen by name.
  const table = await sheetTable(book, sheet, { maxRows: 200 }).catch((error: unknown) => {
    if (error instanceof ImportError) return 'cancelled' as const;
    throw error;
  });
  if (table === 'cancelled' || table.rows === 0) return -1;
  if (table.rows < 2) return 0;
  try {
    const bytes = new TextEncoder().encode(table.csv);
    const detection = detectSettings(bytes, table.rows < 200, {
      encoding: 'utf-8',
      delimiter: ',',
    });
    const found = REQUIRED_ROLES.filter((r) => detection.settings.columns[r] !== undefined);
    const kind = detection.kind === 'transactions' ? 1 : 0;
    return 1 + found.length * 2 + kind;
  } catch {
    return 0;
  }
}

/** Rows with values in a sheet, counted without keeping them. */
export async function countRows(book: Workbook, sheet: WorkbookSheet): Promise<number> {
  let rows = 0;
  for await (const batch of readSheet(book, sheet)) rows += batch.length;
  return rows;
}

/**
 * The sheet to import by default: the visible sheet whose first rows look most like
 * transactions (customer, date and amount columns), the larger on a tie.
 */
export async function chooseSheet(book: Workbook): Promise<WorkbookSheet> {
  let best: { sheet: WorkbookSheet; score: number } | null = null;
  for (const sheet of book.sheets) {
    const points = (await score(book, sheet)) - (sheet.hidden ? 10 : 0);
    const larger = best !== null && sheet.entry.size > best.sheet.entry.size;
    if (!best || points > best.score || (points === best.score && larger)) {
      best = { sheet, score: points };
    }
  }
  return best!.sheet;
}

/** The sheet named `name`, or an ImportError listing the sheets there are. */
export function sheetNamed(book: Workbook, name: string): WorkbookSheet {
  const sheet = findSheet(book, name);
  if (sheet) return sheet;
  const names = book.sheets.map((s) => `"${s.name}"`).join(', ');
  throw new ImportError(`This workbook has no sheet "${name}"; its sheets are ${names}.`);
}
