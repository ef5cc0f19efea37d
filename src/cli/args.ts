/** Minimal argv parsing for the CLI: positionals, `--flag value`, `--flag=value`, repeated flags. */

export interface ParsedArgs {
  positionals: string[];
  /** Every value given for a flag, in order; a bare flag has the value 'true'. */
  flags: Map<string, string[]>;
}

/** Flags that never take a value. */
const BOOLEAN_FLAGS = new Set(['json', 'optimize', 'help', 'exclude-far-dates']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  const add = (name: string, value: string) => flags.set(name, [...(flags.get(name) ?? []), value]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    if (eq > 0) {
      add(arg.slice(2, eq), arg.slice(eq + 1));
    } else if (BOOLEAN_FLAGS.has(arg.slice(2)) || i + 1 >= argv.length) {
      add(arg.slice(2), 'true');
    } else {
      add(arg.slice(2), argv[++i]!);
    }
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
  if (!Number.isFinite(value)) throw new CliError(`--${name} must be a number, got "${text}"`);
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
