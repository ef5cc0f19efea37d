import type { ParsedArgs } from '../args.ts';
import { inspect } from './inspect.ts';
import { fit } from './fit.ts';
import { clv } from './clv.ts';

/** A CLI command: writes its result to stdout and returns the process exit code. */
export type Command = (args: ParsedArgs) => Promise<number>;

/** Every command, by name. Each lives in its own module beside this one. */
export const commands: Record<string, { summary: string; run: Command }> = {
  inspect: { summary: 'what the importer detects and reads in a transactions file', run: inspect },
  fit: { summary: 'fit BG/NBD, Gamma-Gamma or sBG by maximum likelihood', run: fit },
  clv: { summary: 'per-customer P(alive), expected purchases and discounted CLV', run: clv },
};
