/**
 * A worksheet's XML → rows of cell texts, streamed: complete `<row>` elements are taken from
 * the text as it inflates, so only one chunk of XML is held at a time. Cells come out as text
 * the CSV path reads: date cells as yyyy-mm-dd, numbers with a `.` decimal point, shared and
 * inline strings as written (leading zeros kept), booleans TRUE/FALSE, errors as #N/A & co.
 */
import { ImportError } from '../errors.ts';
import { attribute, numberText, serialToIso, unescapeXml } from './cells.ts';

/** Excel's limits: a row or column beyond them is not a sheet Excel wrote, but a crafted one. */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

function beyondLimits(what: string): ImportError {
  return new ImportError(
    `This workbook's sheet names a ${what} beyond Excel's limits (1,048,576 rows, 16,384 columns): it is damaged or not a real workbook.`,
  );
}

/** What cells need from the rest of the workbook. */
export interface CellContext {
  strings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

/** One row of a sheet: its 1-based number and cell texts by column ('' where empty). */
export interface SheetRow {
  row: number;
  cells: string[];
  /** Columns whose cell is a date cell (a number shown as a date). */
  dates: number[];
}

const VALUE = /<(?:[A-Za-z_][\w.-]*:)?v>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?v>/;
const TEXT = /<(?:[A-Za-z_][\w.-]*:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?t>/g;
const PHONETIC = /<(?:[A-Za-z_][\w.-]*:)?rPh\b[\s\S]*?<\/(?:[A-Za-z_][\w.-]*:)?rPh>/g;

/** The text of a string item (`<si>` or `<is>`): its runs joined, phonetic guides left out. */
export function richText(xml: string): string {
  const body =
    xml.indexOf('<rPh') === -1 && xml.indexOf(':rPh') === -1 ? xml : xml.replace(PHONETIC, '');
  let text = '';
  for (const m of body.matchAll(TEXT)) text += m[1]!;
  return unescapeXml(text);
}

/** 0-based column of a cell reference ("B7" → 1); -1 when there is none. */
export function columnOf(ref: string | undefined): number {
  if (!ref) return -1;
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  return i === 0 ? -1 : column - 1;
}

/** Set by cellText: the last cell read was a date cell. */
let dateCell = false;

/** A cell's text as the CSV path would read it. */
function cellText(attributes: string, body: string | undefined, context: CellContext): string {
  dateCell = false;
  if (body === undefined) return '';
  const type = attribute(attributes, 't');
  if (type === 'inlineStr') return richText(body);
  const value = VALUE.exec(body)?.[1];
  if (value === undefined) return '';
  switch (type) {
    case 's':
      return context.strings[Number(value)] ?? '';
    case 'str':
    case 'e':
      return unescapeXml(value);
    case 'b':
      return value.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      return value.trim().slice(0, 10);
  }
  const style = attribute(attributes, 's');
  if (style !== undefined && context.dateStyles.has(Number(style))) {
    const serial = Number(value);
    if (Number.isFinite(serial)) {
      dateCell = true;
      return serialToIso(serial, context.date1904);
    }
  }
  return numberText(value);
}

/** The sheet's element names with its namespace prefix ('' or e.g. 'x:'). */
interface Tags {
  row: string;
  rowEnd: string;
  c: string;
  cEnd: string;
}

const SHEET_DATA = /<([A-Za-z_][\w.-]*:)?sheetData\b/;

/**
 * Where the element `<name` starts at or after `from` (followed by a space, `>` or `/`, so
 * `<c` is not `<cols`); -1 when it does not, or may start in the last characters.
 */
function findTag(text: string, name: string, from: number, end = text.length): number {
  for (let at = text.indexOf(name, from); at !== -1 && at < end; at = text.indexOf(name, at + 1)) {
    const next = text.charCodeAt(at + name.length);
    if (Number.isNaN(next)) return -1;
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) {
      return at;
    }
  }
  return -1;
}

/** Rows of a sheet from its XML text chunks, a batch per chunk; empty rows are left out. */
export async function* sheetRows(
  xml: AsyncIterable<string>,
  context: CellContext,
): AsyncGenerator<SheetRow[]> {
  let buffer = '';
  let lastRow = 0;
  let tags: Tags | null = null;
  for await (const chunk of xml) {
    buffer = buffer === '' ? chunk : buffer + chunk;
    if (!tags) {
      const data = SHEET_DATA.exec(buffer);
      if (!data) {
        if (buffer.length > 64 << 20) throw new Error('no sheetData in the worksheet');
        continue;
      }
      const p = data[1] ?? '';
      tags = { row: `<${p}row`, rowEnd: `</${p}row>`, c: `<${p}c`, cEnd: `</${p}c>` };
    }
    const batch: SheetRow[] = [];
    let pos = 0;
    for (;;) {
      const at = findTag(buffer, tags.row, pos);
      if (at === -1) {
        // What is left holds no row start, but may end with the first letters of one.
        pos = Math.max(pos, buffer.length - tags.row.length);
        break;
      }
      const open = buffer.indexOf('>', at);
      if (open === -1) {
        pos = at;
        break;
      }
      const ref = attribute(buffer.slice(at + tags.row.length, open), 'r');
      const number = ref === undefined ? lastRow + 1 : Number(ref);
      if (!(number >= 1 && number <= MAX_ROW)) throw beyondLimits('row');
      if (buffer.charCodeAt(open - 1) === 47) {
        lastRow = number;
        pos = open + 1;
        continue;
      }
      const close = buffer.indexOf(tags.rowEnd, open);
      if (close === -1) {
        pos = at;
        break;
      }
      lastRow = number;
      const dates: number[] = [];
      const cells = rowCells(buffer, open + 1, close, context, dates, tags);
      if (cells.length > 0) batch.push({ row: number, cells, dates });
      pos = close + tags.rowEnd.length;
    }
    buffer = pos === 0 ? buffer : buffer.slice(pos);
    // A text that never closes a row is not a sheet (or is a cut one): do not hold it all.
    if (buffer.length > 64 << 20) throw new Error('worksheet row too long');
    if (batch.length > 0) yield batch;
  }
}

/** The cells of one row's XML (`text` from `start` to `end`); trailing empty cells dropped. */
function rowCells(
  text: string,
  start: number,
  end: number,
  context: CellContext,
  dates: number[],
  tags: Tags,
): string[] {
  const cells: string[] = [];
  let next = 0;
  let width = 0;
  for (
    let at = findTag(text, tags.c, start, end);
    at !== -1;
    at = findTag(text, tags.c, at + 1, end)
  ) {
    const open = text.indexOf('>', at);
    if (open === -1 || open > end) break;
    const attributes = text.slice(at + tags.c.length, open);
    const ref = columnOf(attribute(attributes, 'r'));
    const column = ref === -1 ? next : ref;
    if (column >= MAX_COLUMN) throw beyondLimits('column');
    next = column + 1;
    if (text.charCodeAt(open - 1) === 47) continue; // <c r="B2" s="3"/>: formatted, empty
    const close = text.indexOf(tags.cEnd, open);
    if (close === -1 || close > end) break;
    const value = cellText(attributes, text.slice(open + 1, close), context);
    at = close;
    if (value === '') continue;
    if (dateCell) dates.push(column);
    while (cells.length < column) cells.push('');
    cells[column] = value;
    if (column >= width) width = column + 1;
  }
  cells.length = width;
  return cells;
}
