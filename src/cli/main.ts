/**
 * `npm run -s tenure -- COMMAND FILE [options]`: the same core code as the browser, in Node.
 * stdout carries only the command's result (JSON with --json); messages go to stderr.
 * Arguments are checked against the command's flags first: an unknown flag, a missing value
 * or an extra argument exits 2 with one line; `COMMAND --help` lists the command's flags.
 */
import { CliError } from './args.ts';
import { commandArgs, commands } from './commands/index.ts';
import { commandHelp, nearest } from './flags.ts';

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return [
    'usage: npm run -s tenure -- COMMAND FILE [options]',
    '',
    'commands:',
    ...lines,
    '',
    'tenure COMMAND --help lists the options of a command.',
  ].join('\n');
}

function help(name: string): number {
  const command = commands[name]!;
  process.stdout.write(commandHelp(name, command.summary, command) + '\n');
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    if (name === 'help' && rest[0] && commands[rest[0]]) return help(rest[0]);
    process.stderr.write(usage() + '\n');
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    const close = nearest(name, Object.keys(commands));
    const hint = close ? `did you mean ${close}? ` : '';
    throw new CliError(`unknown command "${name}"; ${hint}run with --help for the list`, 2);
  }
  const args = commandArgs(name, rest);
  if (args.flags.has('help')) return help(name);
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`tenure: ${message.split('\n')[0]}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  },
);
