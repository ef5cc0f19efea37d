/** Minimal argv parsing for the CLI: positionals, `--flag value`, `--flag=value`, repeated flags. */
import type { CommandSpec } from './flags.ts';

export interface ParsedArgs {
  positionals: string[];
  /** Every value given for a flag, in order; a bare flag has the value 'true'. */
  flags: Map<string, string[]>;
}

/** Flags that never take a value (when parsing without a command's spec). */
const BOOLEAN_FLAGS = new Set(['json', 'optimize', 'help', 'exclude-far-dates']);

/**
 * Parses argv. With a command's `spec` it is strict: a flag the command does not take, a
 * missing value, a value given to a switch or an extra positional throws a one-line
 * CliError with exit code 2 (`unknown` words the message for an unknown flag).
 */
export function parseArgs(
  argv: readonly string[],
  spec?: CommandSpec,
  unknown: (name: string) => string = (name) => `unknown flag --${name}`,
): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  const add = (name: string, value: string) => flags.set(name, [...(flags.get(name) ?? []), value]);
  const known = spec && new Map(spec.flags.map((f) => [f.name, f]));
  known?.set('help', { name: 'help', help: '' });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (spec && arg === '-h') {
      add('help', 'true');
      continue;
    }
    if (spec && /^-[^-\d.]/.test(arg)) {
      throw new CliError(`unknown option ${arg}; flags start with --`, 2);
    }
    if (!arg.startsWith('--')) {
      if (spec && positionals.length >= spec.positionals.length) {
        throw new CliError(`unexpected argument "${arg}"`, 2);
      }
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!known) {
      if (eq > 0) add(name, arg.slice(eq + 1));
      else if (BOOLEAN_FLAGS.has(name) || i + 1 >= argv.length) add(name, 'true');
      else add(name, argv[++i]!);
      continue;
    }
    const flagSpec = known.get(name);
    if (!flagSpec) throw new CliError(unknown(name), 2);
    if (!flagSpec.value) {
      if (eq > 0 && arg.slice(eq + 1) !== 'true') {
        throw new CliError(`--${name} takes no value, got "${arg.slice(eq + 1)}"`, 2);
      }
      add(name, 'true');
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[i + 1];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
      throw new CliError(`--${name} needs a value (${flagSpec.value})`, 2);
    }
    if (eq < 0) i++;
    if (flagSpec.choices && !flagSpec.choices.includes(value)) {
      throw new CliError(
        `--${name} must be one of ${flagSpec.choices.join(', ')}, got "${value}"`,
        2,
      );
    }
    if (flagSpec.number && !Number.isFinite(Number(value))) {
      throw new CliError(`--${name} must be a number, got "${value}"`, 2);
    }
    add(name, value);
  }
  return { positionals, flags };
}

/** The last value of a flag, or undefined. */
export function flag(args: ParsedArgs, name: string): string | undefined {
  return args.flags.get(name)?.at(-1);
}

/** A numeric flag with a default; throws a CliError naming the flag when it is not a number. */
export function numberFlag(args: ParsedArgs, name: string, fallback: number): number {
  const text = flag(args, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new CliError(`--${name} must be a number, got "${text}"`, 2);
  return value;
}

/** An error whose message is printed as one line on stderr, with exit code 1 (2 for usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
