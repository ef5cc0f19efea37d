/**
 * A worksheet's XML → rows of cell texts, streamed: complete `<row>` elements are taken from
 * the text as it inflates, so only one chunk of XML is held at a time. Cells come out as text
 * the CSV path reads: date cells as yyyy-mm-dd, numbers with a `.` decimal point, shared and
 * inline strings as written (leading zeros kept), booleans TRUE/FALSE, errors as #N/A & co.
 */
import { attribute, numberText, serialToIso, unescapeXml } from './cells.ts';

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

const ROW = /<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?row>)/g;
const CELL = /<(?:[A-Za-z_][\w.-]*:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?c>)/g;
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

/** Rows of a sheet from its XML text chunks, a batch per chunk; empty rows are left out. */
export async function* sheetRows(
  xml: AsyncIterable<string>,
  context: CellContext,
): AsyncGenerator<SheetRow[]> {
  let buffer = '';
  let lastRow = 0;
  for await (const chunk of xml) {
    buffer = buffer === '' ? chunk : buffer + chunk;
    const batch: SheetRow[] = [];
    ROW.lastIndex = 0;
    let consumed = 0;
    for (let m = ROW.exec(buffer); m; m = ROW.exec(buffer)) {
      consumed = ROW.lastIndex;
      const number = Number(attribute(m[1]!, 'r') ?? lastRow + 1);
      lastRow = number;
      const body = m[2];
      if (!body) continue;
      const dates: number[] = [];
      const cells = rowCells(body, context, dates);
      if (cells.length > 0) batch.push({ row: number, cells, dates });
    }
    buffer = consumed === 0 ? buffer : buffer.slice(consumed);
    // A text that never closes a row is not a sheet (or is a cut one): do not hold it all.
    if (buffer.length > 64 << 20) throw new Error('worksheet row too long');
    if (batch.length > 0) yield batch;
  }
}

/** The cells of one row's XML; trailing empty cells are dropped. */
function rowCells(body: string, context: CellContext, dates: number[]): string[] {
  const cells: string[] = [];
  let next = 0;
  let width = 0;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(body); m; m = CELL.exec(body)) {
    const attributes = m[1]!;
    const ref = columnOf(attribute(attributes, 'r'));
    const column = ref === -1 ? next : ref;
    next = column + 1;
    const text = cellText(attributes, m[2], context);
    if (text === '') continue;
    if (dateCell) dates.push(column);
    while (cells.length < column) cells.push('');
    cells[column] = text;
    if (column >= width) width = column + 1;
  }
  cells.length = width;
  return cells;
}
