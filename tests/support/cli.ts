/** Running a CLI command in-process, as the tests of the command line do. */
import { vi } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import type { Command } from '../../src/cli/commands/index.ts';

/** Runs `command` on `argv`: its exit code and what it wrote to stdout (stderr is silenced). */
export async function runCommand(
  command: Command,
  argv: string[],
): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: await command(parseArgs(argv)), stdout };
  } finally {
    vi.restoreAllMocks();
  }
}
