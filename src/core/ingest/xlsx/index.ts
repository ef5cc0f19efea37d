/**
 * Excel workbooks (.xlsx) for the import: a sheet becomes the CSV text the CSV path reads
 * (line N = row N), so detection, mapping, validation and storage are the same for both.
 * Loaded lazily by the import worker and the CLI: CSV-only use never loads this.
 */
import type { Detection } from '../detect.ts';
import { ImportError } from '../errors.ts';
import { note } from '../notes.ts';
import {
  chooseSheet,
  countRows,
  sheetTable,
  sheetNamed,
  type SheetInfo,
  type TableProgress,
} from './table.ts';
import {
  DEFAULT_LIMITS,
  oleRefusal,
  openWorkbook,
  spreadsheetKind,
  type XlsxLimits,
} from './workbook.ts';
import type { ByteSource, Inflater } from './zip.ts';

export type { ByteSource, Inflater, SheetInfo, XlsxLimits };
export { spreadsheetKind, DEFAULT_LIMITS };
export { isDateFormatCode, numberText, serialToIso } from './cells.ts';

/** The settings a sheet's CSV text is read with (detection finds the rest). */
export const WORKBOOK_SETTINGS = { encoding: 'utf-8', delimiter: ',' } as const;

/** A workbook's chosen sheet as CSV text, with the list of sheets for the picker. */
export interface WorkbookTable {
  /** The sheet read. */
  sheet: string;
  sheets: SheetInfo[];
  csv: string;
  /** Rows with values in the sheet. */
  rows: number;
  /** Columns where most values are date cells. */
  dateColumns: number[];
}

/**
 * Detection of a sheet's CSV text, told as a workbook's: which sheet (the settings keep it),
 * cells instead of an encoding and a delimiter, and dates read from date cells.
 */
export function workbookDetection(detection: Detection, table: WorkbookTable): Detection {
  const settings = { ...detection.settings, sheet: table.sheet };
  const notes = { ...detection.notes };
  notes.encoding = note('note.encoding.workbook', {
    sheet: table.sheet,
    sheets: table.sheets.length,
  });
  notes.delimiter = note('note.delimiter.workbook');
  const { date } = settings.columns;
  if (
    date !== undefined &&
    table.dateColumns.includes(date) &&
    !notes.dateFormat?.key.endsWith('asSet')
  )
    notes.dateFormat = note('note.date.cells');
  return { ...detection, settings, notes };
}

/**
 * Reads one sheet of a workbook (the named one, else the one that looks most like
 * transactions) as CSV text. Throws ImportError for what is not a readable .xlsx workbook.
 */
export async function workbookTable(
  source: ByteSource,
  inflate: Inflater,
  options: {
    sheet?: string;
    limits?: XlsxLimits;
    onProgress?: TableProgress;
    isCancelled?: () => boolean;
  } = {},
): Promise<WorkbookTable | 'cancelled'> {
  const head = await source.read(0, 8);
  const kind = spreadsheetKind(head);
  if (kind === 'ole') throw await oleRefusal(source);
  if (kind !== 'zip') throw new ImportError('This is not an Excel workbook.');
  const book = await openWorkbook(source, inflate, options.limits ?? DEFAULT_LIMITS);
  const sheet =
    options.sheet === undefined ? await chooseSheet(book) : sheetNamed(book, options.sheet);
  const table = await sheetTable(book, sheet, options);
  if (table === 'cancelled') return table;
  if (table.rows === 0) {
    throw new ImportError(`The sheet "${sheet.name}" is empty: it has no rows of data.`);
  }
  // The sheet picker shows every sheet's rows; the one read was counted as it was read.
  const sheets: SheetInfo[] = [];
  for (const s of book.sheets) {
    const rows = s === sheet ? table.rows : await countRows(book, s);
    sheets.push({ name: s.name, rows, hidden: s.hidden });
  }
  const { csv, rows, dateColumns } = table;
  return { sheet: sheet.name, sheets, csv, rows, dateColumns };
}

/** A ByteSource over bytes in memory (tests, small files). */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) =>
      Promise.resolve(bytes.subarray(offset, Math.min(bytes.length, offset + length))),
  };
}
