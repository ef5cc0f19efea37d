/**
 * SQL that computes the customer summary inside a data warehouse — the scale-out path for
 * data too large for a browser. Same conventions as `customerSummary`: transactions on days
 * ≤ end (and ≥ start) count, same-day transactions of a customer merge (amounts summed),
 * frequency = distinct purchase days − 1, recency and T in days or weeks (days / 7),
 * monetary_value = mean of the repeat purchase days (0 without repeats). The output columns
 * customer_id, frequency, recency, T, monetary_value are what the summary-file importer reads.
 */
import { isoDate, type DayNumber } from '../model.ts';
import type { TimeUnit } from './summary.ts';

export type SqlDialect = 'duckdb' | 'postgres' | 'bigquery' | 'spark';

export const SQL_DIALECTS: readonly SqlDialect[] = ['duckdb', 'postgres', 'bigquery', 'spark'];

export interface SummarySqlOptions {
  dialect: SqlDialect;
  unit: TimeUnit;
  /** Last day observed, inclusive. */
  end: DayNumber;
  start?: DayNumber;
  /** Table name, optionally qualified (`sales.transactions`); default `transactions`. */
  table?: string;
  /** Source column names; defaults customer_id, date, amount. */
  columns?: { customer?: string; date?: string; amount?: string };
}

interface Dialect {
  quote: (name: string) => string;
  /** Whole days from a to b. */
  dayDiff: (a: string, b: string) => string;
  float: string;
}

const DIALECTS: Readonly<Record<SqlDialect, Dialect>> = {
  duckdb: {
    quote: (n) => `"${n}"`,
    dayDiff: (a, b) => `date_diff('day', ${a}, ${b})`,
    float: 'DOUBLE',
  },
  postgres: {
    quote: (n) => `"${n}"`,
    dayDiff: (a, b) => `(${b} - ${a})`,
    float: 'DOUBLE PRECISION',
  },
  bigquery: {
    quote: (n) => `\`${n}\``,
    dayDiff: (a, b) => `DATE_DIFF(${b}, ${a}, DAY)`,
    float: 'FLOAT64',
  },
  spark: { quote: (n) => `\`${n}\``, dayDiff: (a, b) => `datediff(${b}, ${a})`, float: 'DOUBLE' },
};

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function identifier(name: string, what: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`invalid ${what} name: ${name}`);
  return name;
}

/** The summary query for one dialect; throws on an unknown dialect or a suspicious identifier. */
export function summarySql(options: SummarySqlOptions): string {
  const dialect = DIALECTS[options.dialect];
  if (!(options.dialect in DIALECTS))
    throw new Error(`invalid dialect: ${String(options.dialect)}`);
  if (options.unit !== 'day' && options.unit !== 'week')
    throw new Error(`invalid unit: ${String(options.unit)}`);
  const q = dialect.quote;
  const table = (options.table ?? 'transactions')
    .split('.')
    .map((part) => q(identifier(part, 'table')))
    .join('.');
  const customer = q(identifier(options.columns?.customer ?? 'customer_id', 'customer column'));
  const date = q(identifier(options.columns?.date ?? 'date', 'date column'));
  const amount = q(identifier(options.columns?.amount ?? 'amount', 'amount column'));
  const day = `CAST(${date} AS DATE)`;
  const end = `DATE '${isoDate(options.end)}'`;
  const window = [`${day} <= ${end}`];
  if (options.start !== undefined) window.push(`${day} >= DATE '${isoDate(options.start)}'`);
  const perUnit = options.unit === 'week' ? ' / 7.0' : '';
  const frequency = 'COUNT(*) - 1';
  return [
    `-- Tenure customer summary: unit ${options.unit}, end ${isoDate(options.end)} inclusive` +
      (options.start !== undefined ? `, start ${isoDate(options.start)}` : '') +
      `, dialect ${options.dialect}.`,
    'WITH purchase_days AS (',
    `  SELECT ${customer} AS customer_id, ${day} AS purchase_day, SUM(${amount}) AS amount`,
    `  FROM ${table}`,
    `  WHERE ${window.join(' AND ')}`,
    `  GROUP BY ${customer}, ${day}`,
    '),',
    'numbered AS (',
    '  SELECT customer_id, purchase_day, amount,',
    '    MIN(purchase_day) OVER (PARTITION BY customer_id) AS first_day',
    '  FROM purchase_days',
    ')',
    'SELECT',
    '  customer_id,',
    `  ${frequency} AS frequency,`,
    `  ${dialect.dayDiff('MIN(purchase_day)', 'MAX(purchase_day)')}${perUnit} AS recency,`,
    `  ${dialect.dayDiff('MIN(purchase_day)', end)}${perUnit} AS ${q('T')},`,
    `  COALESCE(CAST(SUM(CASE WHEN purchase_day > first_day THEN amount END) AS ${dialect.float})` +
      ` / NULLIF(${frequency}, 0), 0) AS monetary_value`,
    'FROM numbered',
    'GROUP BY customer_id',
    'ORDER BY customer_id;',
  ].join('\n');
}
