/**
 * Reading data files from disk for the CLI commands: the same import engine as the browser,
 * fed by fs in 1 MB chunks.
 */
import { open, readFile } from 'node:fs/promises';
import {
  ImportError,
  RowReader,
  TransactionBuilder,
  concatColumns,
  createDecoder,
  detectSettings,
  detectSummaryColumns,
  EncodingCheck,
  encodingChangedWarning,
  fromHeaderRow,
  mergeWarnings,
  parseSummaryRows,
  readAllRows,
  type CustomerSummaryFile,
  type ColumnMapping,
  type DateFormat,
  type DecimalSeparator,
  type Delimiter,
  type Detection,
  type EncodingName,
  type ImportSettings,
  type ImportWarning,
  type RejectedRow,
  type TransactionColumns,
  type TransactionRole,
} from '../core/index.ts';
import { CliError, flag, type ParsedArgs } from './args.ts';

const CHUNK = 1 << 20;

/** What the user forced on the command line, on top of detection. */
export type LoadOverrides = Partial<ImportSettings> & {
  map?: Record<string, string>;
  /** Reject rows dated far outside the bulk of the whole file (read twice when there are any). */
  excludeFarDates?: boolean;
};

export interface LoadedTransactions {
  detection: Detection;
  settings: ImportSettings;
  headers: string[];
  columns: TransactionColumns;
  rejected: RejectedRow[];
  rejectedCount: number;
  /** Detection's warnings, with those the whole file showed in place of the sample's. */
  warnings: ImportWarning[];
}

/** The first megabyte of a file, and whether that is the whole file. */
async function readFirst(path: string): Promise<{ sample: Uint8Array; whole: boolean }> {
  const handle = await openFile(path);
  try {
    const size = (await handle.stat()).size;
    const buffer = new Uint8Array(Math.min(size, CHUNK));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return { sample: buffer.subarray(0, bytesRead), whole: size <= CHUNK };
  } finally {
    await handle.close();
  }
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

async function streamFile(path: string, onChunk: (bytes: Uint8Array, final: boolean) => void) {
  const handle = await openFile(path);
  try {
    const buffer = new Uint8Array(CHUNK);
    for (let position = 0; ;) {
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
  const { sample, whole } = await readFirst(path);
  const { map, excludeFarDates, ...fixed } = overrides;
  void excludeFarDates;
  try {
    const detection = detectSettings(sample, whole, fixed);
    if (map) detection.settings.columns = applyMap(detection, map);
    return detection;
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}

const ROLES: readonly TransactionRole[] = [
  'customerId',
  'date',
  'amount',
  'orderId',
  'product',
  'channel',
  'quantity',
  'cost',
];

/** Applies `--map role=HEADER` (a header name, "Column N" or a 1-based number). */
function applyMap(detection: Detection, map: Record<string, string>): ColumnMapping {
  const columns: ColumnMapping = { ...detection.settings.columns };
  for (const [role, header] of Object.entries(map)) {
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new CliError(`--map: unknown role "${role}"; roles are ${ROLES.join(', ')}`, 2);
    }
    const wanted = header.trim().toLowerCase();
    let index = detection.headers.findIndex((h) => h.trim().toLowerCase() === wanted);
    if (index === -1 && /^\d+$/.test(wanted)) index = Number(wanted) - 1;
    if (index < 0 || index >= detection.headers.length) {
      throw new CliError(
        `--map ${role}=${header}: no such column; columns are ${detection.headers.join(', ')}`,
        2,
      );
    }
    for (const r of ROLES) if (columns[r] === index) delete columns[r];
    columns[role as TransactionRole] = index;
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
  const detection = await detectFile(path, overrides);
  if (detection.kind !== 'transactions') {
    throw new CliError(`${path} looks like a ${detection.kind} file, not transactions`);
  }
  const { headers } = detection;
  let { settings } = detection;
  const missing = (['customerId', 'date', 'amount'] as const).filter(
    (r) => settings.columns[r] === undefined,
  );
  if (missing.length > 0) {
    throw new CliError(
      `${path}: no ${missing.join(', ')} column found; name it with --map ${missing[0]}=HEADER`,
    );
  }
  const first = await streamTransactions(path, settings, headers);
  let { builder, chunks } = first;
  // UTF-8 contradicted after the sample in an otherwise ASCII file: read again in the code page.
  const changed: ImportWarning[] = [];
  const redecided = first.check.redecide();
  if (redecided) {
    const lines = builder.warnings().find((w) => w.code === 'invalid-bytes')?.lines ?? [];
    changed.push(encodingChangedWarning(settings.encoding, redecided.encoding, lines));
    settings = { ...settings, encoding: redecided.encoding };
    ({ builder, chunks } = await streamTransactions(path, settings, headers));
  }
  // The bulk of the dates is known once the whole file is read: a second pass excludes the rest.
  const far = overrides.excludeFarDates ? builder.years.far() : undefined;
  if (far) {
    settings = { ...settings, dateWindow: { first: far.first, last: far.last } };
    ({ builder, chunks } = await streamTransactions(path, settings, headers));
  }
  return {
    detection,
    settings,
    headers,
    columns: concatColumns(chunks, builder.dictionaries()),
    rejected: builder.rejected,
    rejectedCount: builder.rejectedCount,
    warnings: mergeWarnings(detection.warnings, [...changed, ...builder.warnings()]),
  };
}

async function streamTransactions(path: string, settings: ImportSettings, headers: string[]) {
  const decoder = createDecoder(settings.encoding);
  const reader = new RowReader(settings.delimiter);
  const builder = new TransactionBuilder(settings, headers);
  const check = new EncodingCheck(settings.encoding);
  const chunks: TransactionColumns[] = [];
  await streamFile(path, (bytes, final) => {
    const text = decoder.decode(bytes, final);
    check.observe(bytes, text);
    builder.addRows(reader.push(text, final));
    const chunk = builder.flush();
    if (chunk) chunks.push(chunk);
  });
  return { builder, chunks, check };
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
  const detection = await detectFile(path, overrides);
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
  const text = createDecoder(settings.encoding).decode(await readFile(path), true);
  const raw = fromHeaderRow(readAllRows(text, settings.delimiter), settings.headerRow);
  const { summary, rejected } = parseSummaryRows(raw, headers, {
    hasHeader: settings.hasHeader,
    decimal: settings.decimal,
    thousands: settings.thousands,
  });
  return { kind: 'summary', detection, summary, rejected };
}

const DELIMITERS: Record<string, Delimiter> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\t': '\t',
  '\\t': '\t',
  '|': '|',
  pipe: '|',
  whitespace: 'whitespace',
  space: 'whitespace',
};
const ENCODINGS: readonly EncodingName[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1251',
  'windows-1250',
  'windows-1252',
];
const DATE_FORMATS: readonly DateFormat[] = ['iso', 'dmy', 'mdy', 'ymd', 'yyyymmdd', 'excel'];

function choice<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: Record<string, T>,
): T | undefined {
  const text = flag(args, name);
  if (text === undefined) return undefined;
  const value = allowed[text.toLowerCase()] ?? allowed[text];
  if (value === undefined) {
    throw new CliError(
      `--${name} must be one of ${Object.keys(allowed).join(' ')}, got "${text}"`,
      2,
    );
  }
  return value;
}

const asRecord = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<string, T>;

/**
 * `--encoding`, `--delimiter`, `--decimal`, `--date-format`, `--header-row N`,
 * `--exclude-far-dates`, `--map role=HEADER` as overrides.
 */
export function cliOverrides(args: ParsedArgs): LoadOverrides {
  const overrides: LoadOverrides = {};
  const encoding = choice(args, 'encoding', {
    ...asRecord(ENCODINGS),
    utf8: 'utf-8',
    cp1251: 'windows-1251',
    cp1250: 'windows-1250',
    cp1252: 'windows-1252',
  });
  if (encoding) overrides.encoding = encoding;
  const delimiter = choice(args, 'delimiter', DELIMITERS);
  if (delimiter) overrides.delimiter = delimiter;
  const decimal = choice<DecimalSeparator>(args, 'decimal', {
    '.': '.',
    ',': ',',
    point: '.',
    comma: ',',
  });
  if (decimal) overrides.decimal = decimal;
  const dateFormat = choice(args, 'date-format', asRecord(DATE_FORMATS));
  if (dateFormat) overrides.dateFormat = dateFormat;
  const headerRow = flag(args, 'header-row');
  if (headerRow !== undefined) {
    if (!/^[1-9]\d*$/.test(headerRow)) {
      throw new CliError(`--header-row must be a line number from 1, got "${headerRow}"`, 2);
    }
    overrides.headerRow = Number(headerRow);
  }
  if (flag(args, 'exclude-far-dates') !== undefined) overrides.excludeFarDates = true;
  for (const entry of args.flags.get('map') ?? []) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new CliError(`--map expects role=HEADER, got "${entry}"`, 2);
    (overrides.map ??= {})[entry.slice(0, eq).trim()] = entry.slice(eq + 1);
  }
  return overrides;
}
