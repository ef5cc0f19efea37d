/**
 * An .xlsx workbook: its sheets (names, order, hidden), shared strings, date styles and date
 * system, read from the parts the package's relationships name. Files that only look like
 * workbooks (.xls, .ods, password-protected, other archives) are refused with what to do.
 */
import { ImportError } from '../errors.ts';
import { dateStyles, attribute, unescapeXml } from './cells.ts';
import { richText, sheetRows, type CellContext, type SheetRow } from './sheet.ts';
import {
  ENCRYPTED,
  entryString,
  entryText,
  readEntries,
  type ByteSource,
  type Inflater,
  type ZipEntry,
} from './zip.ts';

/** Caps on what parts may inflate to (zip bombs): a sheet, and the other parts. */
export interface XlsxLimits {
  sheetBytes: number;
  partBytes: number;
}

export const DEFAULT_LIMITS: XlsxLimits = { sheetBytes: 2 ** 30, partBytes: 256 * 2 ** 20 };

export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  /** The part's entry in the archive. */
  entry: ZipEntry;
}

export interface Workbook {
  source: ByteSource;
  inflate: Inflater;
  limits: XlsxLimits;
  sheets: WorkbookSheet[];
  context: CellContext;
}

const SAVE_AS = 'Open it in a spreadsheet program and save it as .xlsx or CSV, then try again.';
export const XLS_MESSAGE = `This is an old Excel workbook (.xls), which Tenure does not read. ${SAVE_AS}`;
export const ODS_MESSAGE = `This is an OpenDocument spreadsheet (.ods), which Tenure does not read. ${SAVE_AS}`;

/** What the first bytes say: a ZIP archive (maybe a workbook), an OLE file (.xls), or text. */
export function spreadsheetKind(head: Uint8Array): 'zip' | 'ole' | null {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'ole';
  return null;
}

/** The UTF-16 name of the stream a password-protected .xlsx keeps its key data in. */
const ENCRYPTION_INFO = new Uint8Array([...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]));

/**
 * The refusal for an OLE compound file: a password-protected .xlsx (Excel wraps those in
 * one, with an EncryptionInfo stream) or an old binary .xls.
 */
export async function oleRefusal(source: ByteSource): Promise<ImportError> {
  const parts =
    source.size <= 8 << 20
      ? [await source.read(0, source.size)]
      : [await source.read(0, 1 << 20), await source.read(source.size - (1 << 20), 1 << 20)];
  const encrypted = parts.some((bytes) => indexOfBytes(bytes, ENCRYPTION_INFO) !== -1);
  return new ImportError(encrypted ? ENCRYPTED : XLS_MESSAGE);
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0]!;
  for (let i = haystack.indexOf(first); i !== -1; i = haystack.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** Relationship id → target part, resolved against the folder of the part that names it. */
function relationships(xml: string, folder: string): Map<string, { target: string; type: string }> {
  const map = new Map<string, { target: string; type: string }>();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(m[1]!, 'Id');
    const target = attribute(m[1]!, 'Target');
    if (id === undefined || target === undefined) continue;
    if (attribute(m[1]!, 'TargetMode') === 'External') continue;
    map.set(id, {
      target: resolve(folder, unescapeXml(target)),
      type: attribute(m[1]!, 'Type') ?? '',
    });
  }
  return map;
}

function resolve(folder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/**
 * Opens a workbook: the list of sheets and everything cells need. Throws ImportError for
 * archives that are not .xlsx workbooks, cut files and parts that inflate beyond the limits.
 */
export async function openWorkbook(
  source: ByteSource,
  inflate: Inflater,
  limits: XlsxLimits = DEFAULT_LIMITS,
): Promise<Workbook> {
  const entries = await readEntries(source);
  const text = async (path: string) => {
    const entry = entries.get(path);
    return entry ? entryString(source, entry, inflate, limits.partBytes) : undefined;
  };
  const mimetype = (await text('mimetype'))?.trim();
  if (mimetype?.startsWith('application/vnd.oasis.opendocument'))
    throw new ImportError(ODS_MESSAGE);
  const root = relationships((await text('_rels/.rels')) ?? '', '');
  const main =
    [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  if (main.endsWith('.bin')) {
    throw new ImportError(`This is a binary Excel workbook (.xlsb). ${SAVE_AS}`);
  }
  const workbookXml = await text(main);
  if (workbookXml === undefined) {
    throw new ImportError(
      'This is a ZIP archive, not an Excel workbook. Unpack it and choose the CSV or .xlsx file inside.',
    );
  }
  const folder = folderOf(main);
  const rels = relationships(
    (await text(`${folder}_rels/${main.slice(folder.length)}.rels`)) ?? '',
    folder,
  );
  const partOf = (suffix: string, fallback: string) =>
    [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? fallback;
  const sheets: WorkbookSheet[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const id = /\s(?:\w+:)?id\s*=\s*"([^"]*)"/.exec(m[1]!)?.[1];
    const rel = id === undefined ? undefined : rels.get(id);
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    const entry = entries.get(rel.target);
    if (!entry) continue;
    const state = attribute(m[1]!, 'state');
    const name = unescapeXml(attribute(m[1]!, 'name') ?? `Sheet${sheets.length + 1}`);
    sheets.push({ name, hidden: state === 'hidden' || state === 'veryHidden', entry });
  }
  if (sheets.length === 0) throw new ImportError('This workbook has no worksheets.');
  const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(workbookXml)?.[1] ?? '';
  const date1904 = /^(1|true)$/.test(attribute(pr, 'date1904') ?? '');
  const stylesXml = (await text(partOf('/styles', `${folder}styles.xml`))) ?? '';
  const stringsEntry = entries.get(partOf('/sharedStrings', `${folder}sharedStrings.xml`));
  const strings = stringsEntry ? await sharedStrings(source, stringsEntry, inflate, limits) : [];
  return {
    source,
    inflate,
    limits,
    sheets,
    context: { strings, dateStyles: dateStyles(stylesXml), date1904 },
  };
}

/** The shared-string table, streamed: one `<si>` item at a time. */
async function sharedStrings(
  source: ByteSource,
  entry: ZipEntry,
  inflate: Inflater,
  limits: XlsxLimits,
): Promise<string[]> {
  const strings: string[] = [];
  const item = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  let buffer = '';
  for await (const chunk of entryText(source, entry, inflate, limits.partBytes)) {
    buffer += chunk;
    item.lastIndex = 0;
    let consumed = 0;
    for (let m = item.exec(buffer); m; m = item.exec(buffer)) {
      consumed = item.lastIndex;
      strings.push(m[1] === undefined ? '' : richText(m[1]));
    }
    if (consumed > 0) buffer = buffer.slice(consumed);
  }
  return strings;
}

/** The rows of a sheet, in batches, as they inflate. */
export function readSheet(book: Workbook, sheet: WorkbookSheet): AsyncGenerator<SheetRow[]> {
  const xml = entryText(book.source, sheet.entry, book.inflate, book.limits.sheetBytes);
  return sheetRows(xml, book.context);
}

/** A sheet by name (case as written, then ignoring case); undefined when there is none. */
export function findSheet(book: Workbook, name: string): WorkbookSheet | undefined {
  return (
    book.sheets.find((s) => s.name === name) ??
    book.sheets.find((s) => s.name.toLowerCase() === name.trim().toLowerCase())
  );
}
