/**
 * The flags each command accepts, for strict parsing and `--help`. A flag with `value` takes
 * one (named so in the help); without, it is a switch. Every command that reads a data file
 * also takes FILE_FLAGS: the settings the app's mapping step offers.
 */
import { DATE_FORMATS, ENCODINGS, TRANSACTION_ROLES } from '../core/index.ts';

export interface FlagSpec {
  name: string;
  /** Placeholder of the value in the help ("DAYS"); absent for a switch like --json. */
  value?: string;
  help: string;
  /** May be given more than once (--map). */
  repeat?: boolean;
  /** The values allowed, checked when the arguments are parsed. */
  choices?: readonly string[];
  /** The value must be a finite number. */
  number?: boolean;
}

/** What a command takes: its positional arguments and flags. */
export interface CommandSpec {
  /** Positional arguments in the usage line, e.g. ['FILE']. */
  positionals: readonly string[];
  flags: readonly FlagSpec[];
}

/** "a, b or c". */
const orList = (values: readonly string[]) =>
  `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;

export const JSON_FLAG: FlagSpec = { name: 'json', help: 'print only JSON on stdout' };

/** How a data file is read: the mapping step's settings, detected unless given. */
export const FILE_FLAGS: readonly FlagSpec[] = [
  {
    name: 'encoding',
    value: 'NAME',
    help: `${orList(ENCODINGS)} (cp1251, …)`,
  },
  {
    name: 'delimiter',
    value: 'D',
    help: 'field separator: comma, semicolon, tab, pipe or whitespace (or the character)',
  },
  { name: 'decimal', value: 'SEP', help: 'decimal separator: point or comma (. or ,)' },
  {
    name: 'thousands',
    value: 'SEP',
    help: 'thousands separator: none, space, nbsp, dot, comma or apostrophe',
  },
  {
    name: 'date-format',
    value: 'FORMAT',
    help: `${orList(DATE_FORMATS)} (serial day numbers)`,
  },
  {
    name: 'sheet',
    value: 'NAME',
    help: 'the sheet of an Excel workbook (.xlsx) to read; by default the one that looks like transactions',
  },
  {
    name: 'header-row',
    value: 'N',
    help: 'the header is on line N (lines above it are skipped); none: the file has no header',
  },
  {
    name: 'exclude-far-dates',
    help: 'reject rows dated more than 5 years outside the bulk of the file (listed as rejected)',
  },
  {
    name: 'kind',
    value: 'KIND',
    help: 'what the file holds: transactions (or summary, for commands that read one)',
  },
  {
    name: 'map',
    value: 'ROLE=HEADER',
    help: `column for a role (${TRANSACTION_ROLES.join(', ')}): header name or 1-based number; none to unmap`,
    repeat: true,
  },
];

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known name closest to `name`, when close enough to be a slip (at most 2 edits, or a prefix). */
export function nearest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  const limit = Math.min(2, Math.floor(name.length / 2));
  if (best !== undefined && bestDistance <= limit) return best;
  const prefixed = known.filter((k) => name.length >= 3 && k.startsWith(name));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** `--help` text of a command: usage line, summary and one line per flag. */
export function commandHelp(name: string, summary: string, spec: CommandSpec): string {
  const shown = [...spec.flags, { name: 'help', help: 'show this help' }];
  const label = (f: FlagSpec) => `--${f.name}${f.value ? ` ${f.value}` : ''}`;
  const width = Math.max(...shown.map((f) => label(f).length));
  return [
    `usage: tenure ${name}${spec.positionals.map((p) => ` ${p}`).join('')} [options]`,
    '',
    summary,
    '',
    'options:',
    ...shown.map(
      (f) => `  ${label(f).padEnd(width)}  ${f.help}${f.repeat ? ' (may be repeated)' : ''}`,
    ),
  ].join('\n');
}
