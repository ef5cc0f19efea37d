/**
 * `npm run -s tenure -- COMMAND FILE [options]`: the same core code as the browser, in Node.
 * stdout carries only the command's result (JSON with --json); messages go to stderr.
 */
import { CliError, parseArgs } from './args.ts';
import { commands } from './commands/index.ts';

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return ['usage: npm run -s tenure -- COMMAND FILE [options]', '', 'commands:', ...lines].join(
    '\n',
  );
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stderr.write(usage() + '\n');
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) throw new CliError(`unknown command "${name}"; run with --help for the list`, 2);
  return command.run(parseArgs(rest));
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
