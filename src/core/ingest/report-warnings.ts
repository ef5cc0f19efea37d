/**
 * Warnings about a transactions file's layout, for the mapping step: title lines skipped
 * above the header, duplicate header names, and what reading the rows shows (total rows,
 * bytes that are not text, dates far from the others). Codes: `preamble`, `duplicate-header`,
 * `total-rows`, `nul-bytes`, `invalid-bytes`, `dates-far`, `dates-excluded`.
 */
import { TransactionBuilder } from './builder.ts';
import { normalizeHeader } from './headers.ts';
import type { RawRows } from './rows.ts';
import {
  REQUIRED_ROLES,
  type ColumnMapping,
  type ImportSettings,
  type ImportWarning,
  type TransactionRole,
} from './types.ts';

/** Codes the builder reports from the rows it reads (the whole file replaces the sample). */
const ROW_CODES = new Set([
  'total-rows',
  'nul-bytes',
  'invalid-bytes',
  'dates-far',
  'dates-excluded',
  'invisible-removed',
  'text-truncated',
]);

/** The layout and reading warnings of this module (the others are notation's: numbers, dates). */
const LAYOUT_CODES = new Set([...ROW_CODES, 'preamble', 'duplicate-header', 'encoding-changed']);

/** Whether a warning is about the file's layout and bytes rather than its numbers and dates. */
export function isLayoutWarning(warning: Pick<ImportWarning, 'code'>): boolean {
  return LAYOUT_CODES.has(warning.code);
}

/** The rows from the header row (settings.headerRow, a physical line) on. */
export function fromHeaderRow(raw: RawRows, headerRow: number | undefined): RawRows {
  if (!headerRow || headerRow <= 1) return raw;
  let start = raw.lines.findIndex((line) => line >= headerRow);
  if (start === -1) start = raw.lines.length;
  const rows: RawRows = { rows: raw.rows.slice(start), lines: raw.lines.slice(start) };
  if (raw.suspect) rows.suspect = true;
  return rows;
}

/** `preamble`: the lines above the header row (titles and blank lines) are skipped. */
export function preambleWarning(headerRow: number | undefined): ImportWarning[] {
  if (!headerRow || headerRow <= 1) return [];
  const lines = Array.from({ length: headerRow - 1 }, (_, i) => i + 1);
  return [{ code: 'preamble', params: { count: lines.length, header: headerRow }, lines }];
}

/**
 * `duplicate-header`: a mapped column shares its header name with other columns; the
 * warning names the column used (1-based) and the others.
 */
export function duplicateHeaderWarnings(
  headers: readonly string[],
  columns: ColumnMapping,
  headerRow: number,
): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  for (const [role, column] of Object.entries(columns) as [TransactionRole, number][]) {
    const name = normalizeHeader(headers[column] ?? '');
    if (name === '') continue;
    const others = headers.flatMap((h, i) =>
      i !== column && normalizeHeader(h) === name ? [i + 1] : [],
    );
    if (others.length === 0) continue;
    warnings.push({
      code: 'duplicate-header',
      params: { name: headers[column]!, role, column: column + 1, others: others.join(', ') },
      lines: [headerRow],
    });
  }
  return warnings;
}

/**
 * Everything above for rows read from the header row on (`rows` as from fromHeaderRow): the
 * rows go through the same builder as an import, whose counters give the row warnings.
 */
export function layoutWarnings(
  rows: RawRows,
  settings: ImportSettings,
  headers: string[],
): ImportWarning[] {
  const headerRow = settings.headerRow ?? 1;
  const warnings = [
    ...preambleWarning(settings.headerRow),
    ...(settings.hasHeader ? duplicateHeaderWarnings(headers, settings.columns, headerRow) : []),
  ];
  if (REQUIRED_ROLES.some((role) => settings.columns[role] === undefined)) return warnings;
  const builder = new TransactionBuilder({ ...settings, headerRow: undefined }, headers, {
    checkOnly: true,
  });
  builder.addRows(rows);
  return [...warnings, ...builder.warnings()];
}

/**
 * `encoding-changed`: bytes after the sample contradicted UTF-8 in a file that is ASCII
 * elsewhere, so the whole file was read again in the code page they fit (`lines`: where).
 */
export function encodingChangedWarning(from: string, to: string, lines: number[]): ImportWarning {
  return { code: 'encoding-changed', params: { from, to }, lines };
}

/** The sample's layout warnings, and the row warnings of the whole file in place of the sample's. */
export function mergeWarnings(
  sample: readonly ImportWarning[],
  whole: readonly ImportWarning[],
): ImportWarning[] {
  return [...sample.filter((w) => !ROW_CODES.has(w.code)), ...whole];
}
