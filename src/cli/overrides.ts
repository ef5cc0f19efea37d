/**
 * The file flags of the CLI, checked at the boundary and turned into load overrides: each
 * bad value is a one-line CliError naming the flag and the choices, exit code 2.
 */
import {
  DATE_FORMATS,
  ENCODINGS,
  FILE_KINDS,
  isTransactionRole,
  TRANSACTION_ROLES,
  type DecimalSeparator,
  type Delimiter,
  type ThousandsSeparator,
  type TransactionRole,
} from '../core/index.ts';
import { CliError, flag, type ParsedArgs } from './args.ts';
import type { LoadOverrides } from './load.ts';

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
const THOUSANDS: Record<string, ThousandsSeparator> = {
  none: '',
  space: ' ',
  ' ': ' ',
  nbsp: '\u00a0',
  '\u00a0': '\u00a0',
  dot: '.',
  '.': '.',
  comma: ',',
  ',': ',',
  apostrophe: "'",
  "'": "'",
};

/**
 * The value of a flag among `allowed` (case-insensitive), or undefined when not given; any
 * other value is a CliError naming the flag and the choices (`shown`, or every key).
 */
function choice<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: Record<string, T>,
  shown: readonly string[] = Object.keys(allowed),
): T | undefined {
  const text = flag(args, name);
  if (text === undefined) return undefined;
  const value = allowed[text.toLowerCase()] ?? allowed[text];
  if (value === undefined) {
    throw new CliError(`--${name} must be one of ${shown.join(' ')}, got "${text}"`, 2);
  }
  return value;
}

const asRecord = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<string, T>;

/** `--header-row N` (1-based line of the header) or `none` / 0 for a file without one. */
function headerRow(args: ParsedArgs, overrides: LoadOverrides): void {
  const text = flag(args, 'header-row');
  if (text === undefined) return;
  if (text.toLowerCase() === 'none' || text === '0') {
    overrides.hasHeader = false;
    return;
  }
  if (!/^\d+$/.test(text) || Number(text) > 1_000_000) {
    throw new CliError(`--header-row must be a line number (1, 2, …) or none, got "${text}"`, 2);
  }
  overrides.hasHeader = true;
  if (Number(text) > 1) overrides.headerRow = Number(text);
}

/** The decimal and thousands marks given; a thousands mark alone sets the other decimal one. */
function numberMarks(args: ParsedArgs, overrides: LoadOverrides): void {
  const decimal = choice<DecimalSeparator>(
    args,
    'decimal',
    { '.': '.', ',': ',', point: '.', dot: '.', comma: ',' },
    ['point', 'comma', '.', ','],
  );
  const thousands = choice(args, 'thousands', THOUSANDS, [
    'none',
    'space',
    'nbsp',
    'dot',
    'comma',
    'apostrophe',
  ]);
  if (decimal !== undefined && thousands !== undefined && decimal === thousands) {
    throw new CliError(`--thousands ${flag(args, 'thousands')} is also the decimal separator`, 2);
  }
  if (decimal) overrides.decimal = decimal;
  if (thousands === undefined) return;
  overrides.thousands = thousands;
  if (decimal === undefined && thousands === '.') overrides.decimal = ',';
  if (decimal === undefined && thousands === ',') overrides.decimal = '.';
}

/** The role named in `--map role=…`; any other name is a CliError listing the roles. */
export function mappedRole(name: string): TransactionRole {
  if (isTransactionRole(name)) return name;
  throw new CliError(`--map: unknown role "${name}"; roles are ${TRANSACTION_ROLES.join(', ')}`, 2);
}

/**
 * The file flags as overrides: `--encoding`, `--delimiter`, `--decimal`, `--thousands`,
 * `--date-format`, `--header-row`, `--sheet`, `--kind` and `--map role=HEADER`, each checked here.
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
  numberMarks(args, overrides);
  const dateFormat = choice(args, 'date-format', asRecord(DATE_FORMATS));
  if (dateFormat) overrides.dateFormat = dateFormat;
  headerRow(args, overrides);
  const sheet = flag(args, 'sheet');
  if (sheet !== undefined) overrides.sheet = sheet;
  if (flag(args, 'exclude-far-dates') !== undefined) overrides.excludeFarDates = true;
  const kind = choice(args, 'kind', asRecord(FILE_KINDS));
  if (kind) overrides.kind = kind;
  for (const entry of args.flags.get('map') ?? []) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new CliError(`--map expects role=HEADER, got "${entry}"`, 2);
    const role = mappedRole(entry.slice(0, eq).trim());
    (overrides.map ??= {})[role] = entry.slice(eq + 1);
  }
  return overrides;
}
