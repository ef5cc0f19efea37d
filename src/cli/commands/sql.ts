/**
 * `tenure sql --dialect duckdb|postgres|bigquery|spark --end YYYY-MM-DD [--unit week|day]
 * [--start YYYY-MM-DD] [--table transactions] [--customer customer_id --date date --amount amount]`:
 * prints the SQL that computes the per-customer summary (frequency, recency, T, monetary
 * value) inside a data warehouse, for data too large for a browser. Its output, saved as
 * CSV, imports back into Tenure as a per-customer summary data set.
 */
import { SQL_DIALECTS, parseIsoDate, summarySql, type SqlDialect } from '../../core/index.ts';
import { CliError, flag, type ParsedArgs } from '../args.ts';
import type { Command } from './index.ts';

function dateFlag(args: ParsedArgs, name: string) {
  const text = flag(args, name);
  if (text === undefined) return undefined;
  const day = parseIsoDate(text);
  if (day === undefined)
    throw new CliError(`--${name} must be a date YYYY-MM-DD, got "${text}"`, 2);
  return day;
}

export const sql: Command = (args) => {
  const dialect = flag(args, 'dialect') ?? 'duckdb';
  if (!SQL_DIALECTS.includes(dialect as SqlDialect)) {
    throw new CliError(`--dialect must be one of ${SQL_DIALECTS.join(', ')}, got "${dialect}"`, 2);
  }
  const unit = flag(args, 'unit') ?? 'week';
  if (unit !== 'week' && unit !== 'day') throw new CliError(`--unit must be week or day`, 2);
  const end = dateFlag(args, 'end');
  if (end === undefined) throw new CliError('--end YYYY-MM-DD is required (last day observed)', 2);
  const start = dateFlag(args, 'start');
  try {
    const text = summarySql({
      dialect: dialect as SqlDialect,
      unit,
      end,
      ...(start !== undefined && { start }),
      table: flag(args, 'table') ?? 'transactions',
      columns: {
        customer: flag(args, 'customer') ?? 'customer_id',
        date: flag(args, 'date') ?? 'date',
        amount: flag(args, 'amount') ?? 'amount',
      },
    });
    process.stdout.write(text + '\n');
    return Promise.resolve(0);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error), 2);
  }
};
