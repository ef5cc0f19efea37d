/**
 * `tenure inspect FILE [--json] [--currency CODE]`: what the importer detects in a file and
 * what it reads — dialect, column roles, the currency of the amounts (`detected.currency`: the
 * ISO 4217 code given with --currency, else guessed from the amounts' signs and codes or the
 * money headers, else null), valid and rejected rows, customers, revenue and the date range.
 * `rejected` lists at most MAX_REJECTED_KEPT rows; `rejectedCount` is the total.
 */
import {
  isCurrencyCode,
  isoDate,
  summarizeTransactions,
  TRANSACTION_ROLES,
  type Delimiter,
  type TransactionRole,
} from '../../core/index.ts';
import { CliError, flag } from '../args.ts';
import { cliOverrides, loadTransactionsFile } from '../load.ts';
import { noteText, warningText, warningsJson } from '../english.ts';
import type { CurrencyGuess, DetectionNotes } from '../../core/index.ts';
import type { Command } from './index.ts';

/** Delimiters as the JSON contract prints them: the character, or "whitespace". */
function delimiterText(delimiter: Delimiter): string {
  return delimiter;
}

/** Rounds a money sum to cents, removing floating-point dust from long additions. */
function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

export const inspect: Command = async (args) => {
  const path = args.positionals[0];
  if (!path)
    throw new CliError(
      'usage: tenure inspect FILE [--json] [--delimiter …] [--map role=HEADER] (--help lists all)',
      2,
    );
  const raw = flag(args, 'currency');
  const given = raw?.toUpperCase();
  if (raw !== undefined && !isCurrencyCode(given)) {
    throw new CliError(`--currency: not an ISO 4217 code: ${raw} (e.g. EUR, USD, BGN)`, 2);
  }
  const loaded = await loadTransactionsFile(path, cliOverrides(args));
  const guess = loaded.detection.currency ?? null;
  const { settings, headers, columns, rejected, rejectedCount } = loaded;
  const summary = summarizeTransactions(columns);
  const mapped: Partial<Record<TransactionRole, string>> = {};
  for (const role of TRANSACTION_ROLES) {
    const index = settings.columns[role];
    if (index !== undefined) mapped[role] = headers[index] ?? `Column ${index + 1}`;
  }
  const result = {
    detected: {
      encoding: settings.encoding,
      delimiter: delimiterText(settings.delimiter),
      decimal: settings.decimal,
      dateFormat: settings.dateFormat,
      ...(settings.sheet !== undefined && { sheet: settings.sheet }),
      columns: mapped,
      currency: given ?? guess?.code ?? null,
    },
    rows: summary.rows,
    rejected,
    rejectedCount,
    customers: summary.customers,
    revenue: cents(summary.revenue),
    firstDate: summary.firstDay === null ? null : isoDate(summary.firstDay),
    lastDate: summary.lastDay === null ? null : isoDate(summary.lastDay),
    warnings: warningsJson(loaded.warnings),
  };
  if (flag(args, 'json') !== undefined) {
    process.stdout.write(JSON.stringify(result) + '\n');
  } else {
    const warned = loaded.warnings.map((w) => `warning     ${warningText(w)}`);
    process.stdout.write(
      [
        report(result, loaded.detection.notes, rejectedCount, currencyNote(given, guess)),
        ...warned,
      ].join('\n') + '\n',
    );
  }
  if (rejectedCount > 0) process.stderr.write(`${rejectedCount} rejected rows\n`);
  return 0;
};

/** The currency line of the report: what was decided and why. */
function currencyNote(given: string | undefined, guess: CurrencyGuess | null): string {
  if (given) return `${given} (as set)`;
  if (!guess) return 'none named in the file (give one with --currency CODE)';
  return guess.source === 'header'
    ? `${guess.code}: the column header "${guess.mark}" names it`
    : `${guess.code}: ${guess.count} of ${guess.of} amounts are written with "${guess.mark}"`;
}

function report(
  result: {
    detected: { columns: Partial<Record<TransactionRole, string>> };
    rows: number;
    rejected: { line: number; column: string | null; reason: string }[];
    customers: number;
    revenue: number;
    firstDate: string | null;
    lastDate: string | null;
    warnings: { code: string; message: string; lines: number[] }[];
  },
  notes: DetectionNotes,
  rejectedCount: number,
  currency: string,
): string {
  const lines = [
    `encoding    ${noteText(notes.encoding)}`,
    `delimiter   ${noteText(notes.delimiter)}`,
    `header      ${noteText(notes.hasHeader)}`,
    `numbers     ${noteText(notes.decimal)}`,
    `dates       ${noteText(notes.dateFormat)}`,
    `columns     ${noteText(notes.columns)}`,
    `currency    ${currency}`,
    '',
    `rows        ${result.rows} valid, ${rejectedCount} rejected`,
    `customers   ${result.customers}`,
    `revenue     ${result.revenue.toFixed(2)}`,
    `dates       ${result.firstDate ?? '–'} … ${result.lastDate ?? '–'}`,
  ];
  if (result.warnings.length > 0) {
    lines.push('', 'warnings:');
    for (const w of result.warnings) {
      const at = w.lines.length > 0 ? ` (line ${w.lines.join(', ')})` : '';
      lines.push(`  ${w.code}: ${w.message}${at}`);
    }
  }
  const shown = result.rejected.slice(0, 10);
  if (shown.length > 0) {
    lines.push('', 'rejected rows:');
    for (const r of shown)
      lines.push(`  line ${r.line}${r.column ? ` [${r.column}]` : ''}: ${r.reason}`);
    if (rejectedCount > shown.length) lines.push(`  … and ${rejectedCount - shown.length} more`);
  }
  return lines.join('\n');
}
