/**
 * Reading data files from disk for the CLI commands: the same import engine as the browser,
 * fed by fs in 1 MB chunks.
 */
import { open, readFile } from 'node:fs/promises';
import {
  ByteScanner,
  ImportError,
  RowReader,
  TransactionBuilder,
  concatColumns,
  createDecoder,
  detectEncoding,
  detectSettings,
  detectSummaryColumns,
  EncodingCheck,
  encodingChangedWarning,
  fromHeaderRow,
  isLayoutWarning,
  localeHint,
  mergeWarnings,
  reconcile,
  scannable,
  parseSummaryRows,
  readAllRows,
  TRANSACTION_ROLES,
  type CustomerSummaryFile,
  type ColumnMapping,
  type Detection,
  type EncodingName,
  type FileKind,
  type ImportSettings,
  type ImportWarning,
  type RejectedRow,
  type TransactionColumns,
} from '../core/index.ts';
import { CliError } from './args.ts';
import { mappedRole } from './overrides.ts';
import {
  WORKBOOK_SETTINGS,
  workbookDetection,
  type WorkbookTable,
} from '../core/ingest/xlsx/index.ts';
import { workbookOf } from './xlsx.ts';

const CHUNK = 1 << 20;

/**
 * What the user forced on the command line, on top of detection: settings, `--map`,
 * `--header-row N` (lines above N skipped) and `--kind`.
 */
export type LoadOverrides = Partial<ImportSettings> & {
  map?: Record<string, string>;
  headerRow?: number;
  kind?: FileKind;
  /** Reject rows dated far outside the bulk of the whole file (read twice when there are any). */
  excludeFarDates?: boolean;
};

/** The import settings among the overrides (without --map, --header-row and --kind). */
function settingsOf(
  overrides: LoadOverrides,
): Partial<ImportSettings> & { map?: Record<string, string> } {
  const fixed = { ...overrides };
  delete fixed.headerRow;
  delete fixed.kind;
  delete fixed.excludeFarDates;
  return fixed;
}

/**
 * Where reading starts: the whole file, or (with `--header-row N`) the bytes from line N on,
 * after the byte order mark; `skipped` lines are added back to the line numbers reported.
 */
interface Source {
  path: string;
  offset: number;
  bom: Uint8Array;
  skipped: number;
  /** An Excel workbook's sheet as CSV text (line N = row N), read instead of the file. */
  workbook?: Uint8Array;
  /** The sheet read and the workbook's others. */
  table?: WorkbookTable;
}

export interface LoadedTransactions {
  detection: Detection;
  settings: ImportSettings;
  headers: string[];
  columns: TransactionColumns;
  rejected: RejectedRow[];
  rejectedCount: number;
  /** What the whole file leaves uncertain or changed, as codes (see `englishWarning`). */
  warnings: ImportWarning[];
}

/** The first megabyte of a file from `offset`, and whether that is the rest of the file. */
async function readFirst(
  path: string,
  offset = 0,
  workbook?: Uint8Array,
): Promise<{ sample: Uint8Array; whole: boolean }> {
  if (workbook) {
    return {
      sample: workbook.subarray(offset, offset + CHUNK),
      whole: workbook.length - offset <= CHUNK,
    };
  }
  const handle = await openFile(path);
  try {
    const size = (await handle.stat()).size;
    const buffer = new Uint8Array(Math.max(0, Math.min(size - offset, CHUNK)));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
    return { sample: buffer.subarray(0, bytesRead), whole: size - offset <= CHUNK };
  } finally {
    await handle.close();
  }
}

/** The byte offset where 1-based line `line` starts, or -1 past the end of the sample. */
function lineStart(sample: Uint8Array, encoding: EncodingName, from: number, line: number) {
  // Code units of one or two bytes; a line ends at LF, or at a CR not followed by LF.
  const step = encoding.startsWith('utf-16') ? 2 : 1;
  const unit: (i: number) => number =
    encoding === 'utf-16le'
      ? (i) => sample[i]! | (sample[i + 1]! << 8)
      : encoding === 'utf-16be'
        ? (i) => (sample[i]! << 8) | sample[i + 1]!
        : (i) => sample[i]!;
  let offset = from;
  for (let n = 1; n < line; n++) {
    let i = offset;
    while (i < sample.length) {
      const u = unit(i);
      if (u === 0x0a || (u === 0x0d && (i + step >= sample.length || unit(i + step) !== 0x0a))) {
        break;
      }
      i += step;
    }
    if (i >= sample.length) return -1;
    offset = i + step;
  }
  return offset;
}

/** The source of a file read with `--header-row N`: from line N, keeping the byte order mark. */
async function sourceOf(path: string, overrides: LoadOverrides): Promise<Source> {
  const line = overrides.headerRow ?? 1;
  const table = await workbookOf(path, overrides.sheet);
  const workbook = table?.bytes;
  if (line <= 1) return { path, offset: 0, bom: new Uint8Array(0), skipped: 0, workbook, table };
  const { sample } = await readFirst(path, 0, workbook);
  const guess = detectEncoding(sample);
  const encoding = overrides.encoding ?? guess.encoding;
  const offset = lineStart(sample, encoding, guess.bomLength, line);
  if (offset < 0 || offset >= sample.length) {
    throw new CliError(`--header-row ${line}: ${path} has fewer lines in its first megabyte`, 2);
  }
  return {
    path,
    offset,
    bom: sample.slice(0, guess.bomLength),
    skipped: line - 1,
    workbook,
    table,
  };
}

function withBom(bom: Uint8Array, bytes: Uint8Array): Uint8Array {
  if (bom.length === 0) return bytes;
  const joined = new Uint8Array(bom.length + bytes.length);
  joined.set(bom);
  joined.set(bytes, bom.length);
  return joined;
}

/** Rejected rows with their lines counted from the top of the file, skipped lines included. */
function fromTop(rejected: RejectedRow[], skipped: number): RejectedRow[] {
  return skipped === 0 ? rejected : rejected.map((r) => ({ ...r, line: r.line + skipped }));
}

async function openFile(path: string) {
  try {
    return await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code;
    throw new CliError(`cannot read ${path}: ${why ?? 'unreadable'}`);
  }
}

async function streamFile(source: Source, onChunk: (bytes: Uint8Array, final: boolean) => void) {
  if (source.workbook) {
    onChunk(source.workbook.subarray(source.offset), true);
    return;
  }
  const handle = await openFile(source.path);
  try {
    const buffer = new Uint8Array(CHUNK);
    if (source.bom.length > 0) onChunk(source.bom, false);
    for (let position = source.offset; ;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, position);
      position += bytesRead;
      onChunk(buffer.subarray(0, bytesRead), bytesRead === 0);
      if (bytesRead === 0) break;
    }
  } finally {
    await handle.close();
  }
}

/** Detects the settings of a file (with the overrides fixed), as ImportError → CliError. */
export async function detectFile(path: string, overrides: LoadOverrides = {}): Promise<Detection> {
  return (await detectSource(await sourceOf(path, overrides), overrides)).detection;
}

async function detectSource(
  source: Source,
  overrides: LoadOverrides,
): Promise<{ source: Source; detection: Detection }> {
  const { path } = source;
  const first = await readFirst(path, source.offset, source.workbook);
  const sample = withBom(source.bom, first.sample);
  const { map, ...settings } = settingsOf(overrides);
  const fixed = source.workbook ? { ...settings, ...WORKBOOK_SETTINGS } : settings;
  try {
    let detection = detectSettings(sample, first.whole, fixed);
    if (map) {
      // Dates and amounts are read again from the columns the user named.
      const columns = applyMap(detection, map);
      const { hasHeader } = detection.settings;
      detection = detectSettings(sample, first.whole, { ...fixed, hasHeader, columns });
    }
    if (source.table) detection = workbookDetection(detection, source.table);
    if (overrides.kind) detection.kind = overrides.kind;
    return { source, detection };
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}

/** Applies `--map role=HEADER` (a header name, "Column N" or a 1-based number). */
function applyMap(detection: Detection, map: Record<string, string>): ColumnMapping {
  const columns: ColumnMapping = { ...detection.settings.columns };
  for (const [name, header] of Object.entries(map)) {
    const role = mappedRole(name);
    const wanted = header.trim().toLowerCase();
    let index = detection.headers.findIndex((h) => h.trim().toLowerCase() === wanted);
    if (index === -1 && (wanted === '' || wanted === 'none')) {
      delete columns[role];
      continue;
    }
    if (index === -1 && /^\d+$/.test(wanted)) index = Number(wanted) - 1;
    if (index < 0 || index >= detection.headers.length) {
      throw new CliError(
        `--map ${role}=${header}: no such column; columns are ${detection.headers.join(', ')}`,
        2,
      );
    }
    for (const r of TRANSACTION_ROLES) if (columns[r] === index) delete columns[r];
    columns[role] = index;
  }
  return columns;
}

/**
 * Reads a transactions file: detection on the first megabyte (with `overrides` fixed), then
 * the whole file streamed through decoder → row reader → builder. Throws CliError with one
 * line for a missing or unreadable file, a file of another kind or missing required columns.
 */
export async function loadTransactionsFile(
  path: string,
  overrides: LoadOverrides = {},
): Promise<LoadedTransactions> {
  if (overrides.kind && overrides.kind !== 'transactions') {
    throw new CliError(`--kind ${overrides.kind}: this command reads a transactions file`, 2);
  }
  const { source, detection } = await detectSource(await sourceOf(path, overrides), overrides);
  if (detection.kind !== 'transactions') {
    throw new CliError(`${path} looks like a ${detection.kind} file, not transactions`);
  }
  const { settings, headers } = detection;
  const missing = (['customerId', 'date', 'amount'] as const).filter(
    (r) => settings.columns[r] === undefined,
  );
  if (missing.length > 0) {
    throw new CliError(
      `${path}: no ${missing.join(', ')} column found; name it with --map ${missing[0]}=HEADER`,
    );
  }
  // One pass gathers the whole file's evidence; a second only when the file contradicts the
  // settings detected on its first megabyte (and the user did not fix them).
  let read = await readTransactions(source, settings, headers);
  const { decimal, thousands, dateFormat } = overrides;
  const hint = localeHint(settings.delimiter, settings.hasHeader ? headers : [], read.evidence);
  const verdict = reconcile(settings, read.evidence, hint, { decimal, thousands, dateFormat });
  let decided = verdict.settings;
  if (verdict.changed) read = await readTransactions(source, decided, headers);
  // UTF-8 contradicted after the sample in an otherwise ASCII file: read again in the code page.
  const changed: ImportWarning[] = [];
  const redecided = read.check.redecide();
  if (redecided) {
    const lines = read.builder.warnings().find((w) => w.code === 'invalid-bytes')?.lines ?? [];
    changed.push(encodingChangedWarning(decided.encoding, redecided.encoding, lines));
    decided = { ...decided, encoding: redecided.encoding };
    read = await readTransactions(source, decided, headers);
  }
  // The bulk of the dates is known once the whole file is read: a second pass excludes the rest.
  const far = overrides.excludeFarDates ? read.builder.years.far() : undefined;
  if (far) {
    decided = { ...decided, dateWindow: { first: far.first, last: far.last } };
    read = await readTransactions(source, decided, headers);
  }
  const { builder } = read;
  return {
    detection,
    settings: decided,
    headers,
    columns: read.columns,
    rejected: fromTop(builder.rejected, source.skipped),
    rejectedCount: builder.rejectedCount,
    warnings: mergeWarnings(detection.warnings.filter(isLayoutWarning), [
      ...verdict.warnings,
      ...changed,
      ...builder.warnings(),
    ]),
  };
}

async function readTransactions(source: Source, settings: ImportSettings, headers: string[]) {
  const decoder = createDecoder(settings.encoding);
  const reader = new RowReader(settings.delimiter);
  const builder = new TransactionBuilder(settings, headers);
  const check = new EncodingCheck(settings.encoding);
  // The byte scanner where the settings allow it: the same result as the string path.
  const scanner = scannable(settings, headers.length)
    ? new ByteScanner(settings, headers.length, builder)
    : null;
  const chunks: TransactionColumns[] = [];
  await streamFile(source, (bytes, final) => {
    const text = decoder.decode(bytes, final);
    check.observe(bytes, text);
    if (scanner) scanner.push(bytes, final);
    else builder.addRows(reader.push(text, final));
    const chunk = builder.flush();
    if (chunk) chunks.push(chunk);
  });
  const columns = concatColumns(chunks, builder.dictionaries());
  return { builder, columns, evidence: builder.evidence, check };
}

/** A per-customer summary file, or a transactions file when that is what the path holds. */
export type LoadedSummary =
  | { kind: 'summary'; detection: Detection; summary: CustomerSummaryFile; rejected: RejectedRow[] }
  | ({ kind: 'transactions' } & LoadedTransactions);

/**
 * Reads a per-customer summary file (id, frequency, recency, T, monetary value); a
 * transactions file is loaded as transactions instead, for the caller to summarise.
 */
export async function loadSummaryFile(
  path: string,
  overrides: LoadOverrides = {},
): Promise<LoadedSummary> {
  if (overrides.kind === 'customers') {
    throw new CliError('--kind customers: this command reads transactions or a summary', 2);
  }
  const { source, detection } = await detectSource(await sourceOf(path, overrides), overrides);
  if (detection.kind === 'transactions') {
    return { kind: 'transactions', ...(await loadTransactionsFile(path, overrides)) };
  }
  if (detection.kind !== 'summary') {
    throw new CliError(`${path} looks like a ${detection.kind} file, not a per-customer summary`);
  }
  const { settings, headers } = detection;
  const mapping = detectSummaryColumns(headers);
  const missing = (['customerId', 'frequency', 'recency', 'T'] as const).filter(
    (r) => mapping[r] === undefined,
  );
  if (missing.length > 0) throw new CliError(`${path}: no ${missing.join(', ')} column found`);
  const bytes = withBom(
    source.bom,
    (source.workbook ?? (await readFile(path))).subarray(source.offset),
  );
  const text = createDecoder(settings.encoding).decode(bytes, true);
  const raw = fromHeaderRow(readAllRows(text, settings.delimiter), settings.headerRow);
  const { summary, rejected } = parseSummaryRows(raw, headers, {
    hasHeader: settings.hasHeader,
    decimal: settings.decimal,
    thousands: settings.thousands,
  });
  return { kind: 'summary', detection, summary, rejected: fromTop(rejected, source.skipped) };
}

export { cliOverrides } from './overrides.ts';
