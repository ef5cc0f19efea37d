/**
 * The vocabulary of import: the dialect of a file (how its bytes and text are written)
 * and the roles its columns play. Detection proposes settings; the user confirms them.
 */

/** The encodings the importer reads, in the order the mapping step and the CLI list them. */
export const ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1251',
  'windows-1250',
  'windows-1252',
] as const;
export type EncodingName = (typeof ENCODINGS)[number];

/** Field separators; `whitespace` means runs of spaces or tabs (fixed-width exports). */
export const DELIMITERS = [',', ';', '\t', '|', 'whitespace'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const DECIMAL_SEPARATORS = ['.', ','] as const;
export type DecimalSeparator = (typeof DECIMAL_SEPARATORS)[number];

/** Thousands marks; '' = no thousands grouping. */
export const THOUSANDS_SEPARATORS = ['', ' ', '\u00a0', '.', ',', "'"] as const;
export type ThousandsSeparator = (typeof THOUSANDS_SEPARATORS)[number];

/**
 * How dates are written. `dmy`/`mdy`/`ymd` accept any of `.`, `/`, `-` as separator and an
 * optional time after the date; `yyyymmdd` is compact; `excel` is an Excel serial day number
 * (1900 date system, with Excel's 1900-02-29 bug); `iso` is yyyy-mm-dd with optional time.
 */
export const DATE_FORMATS = ['iso', 'dmy', 'mdy', 'ymd', 'yyyymmdd', 'excel'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** What a transactions file column can mean, in the order the mapping step lists them. */
export const TRANSACTION_ROLES = [
  'customerId',
  'date',
  'amount',
  'orderId',
  'product',
  'channel',
  'quantity',
  'cost',
] as const;
export type TransactionRole = (typeof TRANSACTION_ROLES)[number];

export function isTransactionRole(name: string): name is TransactionRole {
  return (TRANSACTION_ROLES as readonly string[]).includes(name);
}

export const REQUIRED_ROLES: readonly TransactionRole[] = ['customerId', 'date', 'amount'];

/** Column index per role; a role absent from the map is not in the file. */
export type ColumnMapping = Partial<Record<TransactionRole, number>>;

/** Everything needed to turn a file's bytes into validated rows. */
export interface ImportSettings {
  encoding: EncodingName;
  delimiter: Delimiter;
  hasHeader: boolean;
  decimal: DecimalSeparator;
  thousands: ThousandsSeparator;
  dateFormat: DateFormat;
  columns: ColumnMapping;
  /**
   * Physical 1-based line of the header row (of the first data row without a header); the
   * lines above it are a report's title or preamble and are skipped. Absent means line 1.
   */
  headerRow?: number;
  /** Rows dated outside these days (inclusive) are rejected as excluded by the user. */
  dateWindow?: { first: number; last: number };
  /** The sheet read, for an Excel workbook (its rows are then the lines). */
  sheet?: string;
}

/**
 * Why a setting was chosen, as a message key with parameters (`note.date.dayFirst`,
 * `{ count: 12, total: 20 }`): the UI words it in its language, the CLI in English.
 */
export interface Note {
  key: string;
  params: Record<string, string | number>;
}

/** Why each setting was chosen, for the confirmation step. */
export type DetectionNotes = Partial<Record<keyof ImportSettings, Note>>;

/** A row the importer refused: physical line (header is line 1), column header or null. */
export interface RejectedRow {
  line: number;
  column: string | null;
  reason: string;
}

/**
 * Something about the file the user must see before (or after) importing it: a message key
 * (`import.warning.<code>`) with its parameters, and example physical lines.
 */
export interface ImportWarning {
  code: string;
  params: Record<string, string | number>;
  lines: number[];
}
