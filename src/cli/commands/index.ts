import { SQL_DIALECTS } from '../../core/index.ts';
import { parseArgs, type ParsedArgs } from '../args.ts';
import { FILE_FLAGS, JSON_FLAG, nearest, type CommandSpec, type FlagSpec } from '../flags.ts';
import { cohorts } from './cohorts.ts';
import { churn } from './churn.ts';
import { ltv } from './ltv.ts';
import { rfm } from './rfm.ts';
import { inspect } from './inspect.ts';
import { fit } from './fit.ts';
import { clv } from './clv.ts';
import { simulate } from './simulate.ts';
import { sql } from './sql.ts';
import { contacts } from './contacts.ts';

/** A CLI command: writes its result to stdout and returns the process exit code. */
export type Command = (args: ParsedArgs) => Promise<number>;

const FILE = ['FILE'];
const grain: FlagSpec = {
  name: 'grain',
  value: 'GRAIN',
  help: 'day, week, month or quarter (default month)',
  choices: ['day', 'week', 'month', 'quarter'],
};
const unit: FlagSpec = {
  name: 'unit',
  value: 'UNIT',
  help: 'week or day (default week)',
  choices: ['week', 'day'],
};
const end: FlagSpec = {
  name: 'end',
  value: 'YYYY-MM-DD',
  help: 'last day observed (default: the last transaction day)',
};
const windowDays: FlagSpec = {
  name: 'window',
  value: 'DAYS',
  help: 'active = bought within DAYS (default: suggested from the data)',
  number: true,
};
const discount: FlagSpec = {
  name: 'discount',
  value: 'RATE',
  help: 'discount rate per period',
  number: true,
};
const margin: FlagSpec = {
  name: 'margin',
  value: 'SHARE',
  help: 'margin as a share of revenue',
  number: true,
};

/** Every command, by name. Each lives in its own module beside this one. */
export const commands: Record<string, { summary: string; run: Command } & CommandSpec> = {
  cohorts: {
    summary: 'cohort matrix: customers or revenue by first-purchase period',
    run: cohorts,
    positionals: FILE,
    flags: [
      grain,
      {
        name: 'metric',
        value: 'METRIC',
        help: 'customers, revenue, revenuePerCustomer or cumulativeRevenuePerCustomer',
        choices: ['customers', 'revenue', 'revenuePerCustomer', 'cumulativeRevenuePerCustomer'],
      },
      { name: 'mode', value: 'MODE', help: 'classic or rolling', choices: ['classic', 'rolling'] },
      JSON_FLAG,
      ...FILE_FLAGS,
    ],
  },
  churn: {
    summary: 'active, new, lost and reactivated customers per period',
    run: churn,
    positionals: FILE,
    flags: [
      windowDays,
      grain,
      {
        name: 'contracts',
        value: 'CUSTOMERS_FILE',
        help: 'contract mode from a customers file with contract end dates',
      },
      JSON_FLAG,
      ...FILE_FLAGS,
    ],
  },
  ltv: {
    summary: 'simple LTV = AMPU / churn rate, overall and per cohort',
    run: ltv,
    positionals: FILE,
    flags: [
      grain,
      { ...margin, help: 'margin as a share of revenue (default 1)' },
      { ...discount, help: 'discount rate per period (default 0)' },
      { name: 'trailing', value: 'N', help: 'complete periods pooled (default 3)', number: true },
      windowDays,
      {
        name: 'margin-source',
        value: 'SOURCE',
        help: 'percent (--margin) or cost (column)',
        choices: ['percent', 'cost'],
      },
      JSON_FLAG,
      ...FILE_FLAGS,
    ],
  },
  rfm: {
    summary: 'RFM scores and named segments at an as-of day',
    run: rfm,
    positionals: FILE,
    flags: [
      { name: 'as-of', value: 'YYYY-MM-DD', help: 'day of the scores (default: the last day)' },
      { name: 'frequency', value: 'WHAT', help: 'days or orders', choices: ['days', 'orders'] },
      JSON_FLAG,
      ...FILE_FLAGS,
    ],
  },
  inspect: {
    summary: 'what the importer detects and reads in a transactions file',
    run: inspect,
    positionals: FILE,
    flags: [
      JSON_FLAG,
      {
        name: 'currency',
        value: 'CODE',
        help: 'ISO 4217 code of the amounts (default: from their signs, codes or headers)',
      },
      ...FILE_FLAGS,
    ],
  },
  fit: {
    summary: 'fit BG/NBD, Gamma-Gamma or sBG by maximum likelihood',
    run: fit,
    positionals: FILE,
    flags: [
      {
        name: 'model',
        value: 'MODEL',
        help: 'bgnbd, gammagamma or sbg (required)',
        choices: ['bgnbd', 'gammagamma', 'sbg'],
      },
      unit,
      end,
      JSON_FLAG,
      ...FILE_FLAGS,
    ],
  },
  clv: {
    summary: 'per-customer P(alive), expected purchases and discounted CLV',
    run: clv,
    positionals: FILE,
    flags: [
      unit,
      end,
      { name: 'horizon', value: 'PERIODS', help: 'periods ahead (default 52)', number: true },
      { name: 'period', value: 'UNITS', help: 'units per period (default 1)', number: true },
      { ...discount, help: 'discount rate per period (default 0.01)' },
      { ...margin, help: 'margin as a share of revenue (default 1)' },
      { name: 'out', value: 'FILE', help: 'write the CSV to FILE instead of stdout' },
      ...FILE_FLAGS,
    ],
  },
  simulate: {
    summary: 'retention spend per segment from a scenario file; --optimize --budget B',
    run: simulate,
    positionals: FILE,
    flags: [
      { name: 'scenario', value: 'FILE', help: 'scenario saved from the app (required)' },
      { name: 'optimize', help: 'allocate --budget across the segments' },
      { name: 'budget', value: 'B', help: 'budget for --optimize', number: true },
      JSON_FLAG,
      ...FILE_FLAGS,
    ],
  },
  contacts: {
    summary:
      'whom to contact on which day, before their next expected purchase (capacity, cooldown)',
    run: contacts,
    positionals: FILE,
    flags: [
      {
        name: 'from',
        value: 'YYYY-MM-DD',
        help: 'first day of the plan (default: the day after the data)',
      },
      { name: 'days', value: 'D', help: 'days the plan covers (default 90)', number: true },
      {
        name: 'lead',
        value: 'L',
        help: 'days before an expected purchase to contact (default 7)',
        number: true,
      },
      {
        name: 'capacity',
        value: 'C',
        help: 'contacts a day at most (default unlimited)',
        number: true,
      },
      {
        name: 'cooldown',
        value: 'K',
        help: 'days between two contacts of a customer (default 0)',
        number: true,
      },
      JSON_FLAG,
      ...FILE_FLAGS,
    ],
  },
  sql: {
    summary: 'SQL for a data warehouse that computes the per-customer summary (--dialect, --end)',
    run: sql,
    positionals: [],
    flags: [
      {
        name: 'dialect',
        value: 'DIALECT',
        help: 'duckdb, postgres, bigquery or spark (default duckdb)',
        choices: SQL_DIALECTS,
      },
      unit,
      { ...end, help: 'last day observed (required)' },
      { name: 'start', value: 'YYYY-MM-DD', help: 'first day included' },
      { name: 'table', value: 'NAME', help: 'transactions table (default transactions)' },
      { name: 'customer', value: 'COLUMN', help: 'customer id column (default customer_id)' },
      { name: 'date', value: 'COLUMN', help: 'date column (default date)' },
      { name: 'amount', value: 'COLUMN', help: 'amount column (default amount)' },
    ],
  },
};

/** One line on a flag `command` does not take: the nearest of its own, or who takes it. */
export function unknownFlagMessage(command: string, name: string): string {
  const own = commands[command]?.flags.map((f) => f.name) ?? [];
  const help = `see tenure ${command} --help`;
  const close = nearest(name, [...own, 'help']);
  if (close) return `unknown flag --${name} for ${command}; did you mean --${close}? (${help})`;
  const owners = Object.entries(commands)
    .filter(([, c]) => c.flags.some((f) => f.name === name))
    .map(([n]) => n);
  if (owners.length > 0) {
    return `--${name} is not a flag of ${command} (it is one of ${owners.join(', ')}); ${help}`;
  }
  return `unknown flag --${name} for ${command}; ${help}`;
}

/** Parses a command's arguments strictly against its flags. */
export function commandArgs(command: string, argv: readonly string[]): ParsedArgs {
  const spec = commands[command]!;
  return parseArgs(argv, spec, (name) => unknownFlagMessage(command, name));
}
