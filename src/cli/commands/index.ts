import type { ParsedArgs } from '../args.ts';
import { inspect } from './inspect.ts';

/** A CLI command: writes its result to stdout and returns the process exit code. */
export type Command = (args: ParsedArgs) => Promise<number>;

/** Every command, by name. Each lives in its own module beside this one. */
export const commands: Record<string, { summary: string; run: Command }> = {
  inspect: { summary: 'what the importer detects and reads in a transactions file', run: inspect },
};
