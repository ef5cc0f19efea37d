/**
 * CLI strictness and parity with the mapping step: every command checks its flags before it
 * reads anything, and each file setting the app offers is a flag that changes the result.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '../../../src/cli/args.ts';
import { commandArgs, commands } from '../../../src/cli/commands/index.ts';
import { FILE_FLAGS, commandHelp, editDistance, nearest } from '../../../src/cli/flags.ts';

const dir = mkdtempSync(join(tmpdir(), 'tenure-cli-'));
function file(name: string, text: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Runs a command in-process with its arguments parsed strictly, as main.ts does. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((stdout += String(c)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((stderr += String(c)), true));
  try {
    const [name, ...rest] = argv;
    const code = await commands[name!]!.run(commandArgs(name!, rest));
    return { code, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

async function inspectJson(argv: string[]) {
  const { stdout } = await run(['inspect', ...argv, '--json']);
  return JSON.parse(stdout) as {
    detected: Record<string, unknown> & { columns: Record<string, string> };
    rows: number;
    rejected: { line: number; column: string | null; reason: string }[];
    rejectedCount: number;
    revenue: number;
    firstDate: string;
    lastDate: string;
  };
}

/** The CliError that parsing or running `argv` throws. */
async function refusal(argv: string[]): Promise<CliError> {
  return (await run(argv).then(
    () => undefined,
    (e: unknown) => e,
  )) as CliError;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('unknown and malformed flags', () => {
  const cases: [argv: string[], message: RegExp][] = [
    [
      ['cohorts', 'x.csv', '--grian', 'month'],
      /^unknown flag --grian for cohorts; did you mean --grain\?/,
    ],
    [['inspect', 'x.csv', '--thousand', 'dot'], /did you mean --thousands\?/],
    [
      ['cohorts', 'x.csv', '--budget', '5'],
      /^--budget is not a flag of cohorts \(it is one of simulate\)/,
    ],
    [
      ['rfm', 'x.csv', '--frobnicate'],
      /^unknown flag --frobnicate for rfm; see tenure rfm --help$/,
    ],
    [['churn', 'x.csv', '--window'], /^--window needs a value \(DAYS\)$/],
    [['churn', 'x.csv', '--window', '--json'], /^--window needs a value/],
    [['churn', 'x.csv', '--window', 'abc'], /^--window must be a number, got "abc"$/],
    [
      ['cohorts', 'x.csv', '--grain', 'fortnight'],
      /^--grain must be one of day, week, month, quarter, got "fortnight"$/,
    ],
    [['inspect', 'x.csv', '--json=false'], /^--json takes no value/],
    [['inspect', 'x.csv', 'y.csv'], /^unexpected argument "y.csv"$/],
    [['inspect', 'x.csv', '-j'], /^unknown option -j/],
    [
      ['sql', '--end', '2024-01-01', '--model', 'bgnbd'],
      /^--model is not a flag of sql \(it is one of fit\)/,
    ],
  ];
  it.each(cases)('%j exits 2 with one line', (argv, message) => {
    const [name, ...rest] = argv;
    let error: unknown;
    try {
      commandArgs(name!, rest);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toMatch(message);
    expect((error as CliError).message).not.toContain('\n');
  });

  it('suggests by edit distance, not for far-off names', () => {
    expect(editDistance('grian', 'grain')).toBe(2);
    expect(nearest('grian', ['grain', 'metric', 'mode'])).toBe('grain');
    expect(nearest('date-fromat', ['date-format', 'decimal'])).toBe('date-format');
    expect(nearest('xyz', ['grain', 'metric', 'mode'])).toBeUndefined();
  });

  it('every command that reads a file takes every file flag, and --help lists them', () => {
    for (const [name, command] of Object.entries(commands)) {
      const help = commandHelp(name, command.summary, command);
      for (const f of command.flags) expect(help).toContain(`--${f.name}`);
      expect(help).toContain('--help');
      if (name === 'sql') continue;
      for (const f of FILE_FLAGS) expect(command.flags.map((g) => g.name)).toContain(f.name);
    }
  });

  it('as a process: exit 2, nothing on stdout, one line naming the flag', async () => {
    const main = fileURLToPath(new URL('../../../src/cli/main.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
    const csv = file('process.csv', 'customer,date,amount\nA,2024-01-05,10\n');
    const error = await promisify(execFile)(tsx, [main, 'cohorts', csv, '--grian', 'month']).catch(
      (e: unknown) => e,
    );
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      'tenure: unknown flag --grian for cohorts; did you mean --grain? (see tenure cohorts --help)',
    ]);
    const help = await promisify(execFile)(tsx, [main, 'inspect', '--help']);
    expect(help.stdout).toContain('--thousands SEP');
    expect(help.stdout).toContain('--header-row N');
  });
});

describe('file flags change what is read', () => {
  const ru = () =>
    file(
      'ru.csv',
      'Клиент;Дата;Сумма\nA;01.02.2023;1.500\nB;02.02.2023;2.750\nC;03.02.2023;12.000\nD;04.02.2023;980\n',
    );

  it('--thousands dot reads 1.500 as 1500 (the decimal mark becomes the comma)', async () => {
    const result = await inspectJson([ru(), '--thousands', 'dot']);
    expect(result.revenue).toBe(1500 + 2750 + 12000 + 980);
    expect(result.detected.decimal).toBe(',');
  });

  it('--decimal point reads 1.500 as 1.5', async () => {
    const result = await inspectJson([ru(), '--decimal', 'point', '--thousands', 'none']);
    expect(result.revenue).toBe(1.5 + 2.75 + 12 + 980);
  });

  it('--thousands space reads "1 234,50" with --decimal comma', async () => {
    const path = file(
      'space.csv',
      'customer;date;amount\nA;2024-01-05;1 234,50\nB;2024-01-06;10,00\n',
    );
    const result = await inspectJson([path, '--thousands', 'space', '--decimal', 'comma']);
    expect(result.revenue).toBe(1244.5);
  });

  it('--date-format mdy reads 01/02/2024 as 2 January', async () => {
    const path = file('mdy.csv', 'customer,date,amount\nA,01/02/2024,10\nB,01/03/2024,20\n');
    expect((await inspectJson([path])).firstDate).toBe('2024-02-01');
    const mdy = await inspectJson([path, '--date-format', 'mdy']);
    expect([mdy.firstDate, mdy.lastDate]).toEqual(['2024-01-02', '2024-01-03']);
  });

  it('--header-row N skips the lines above the header; rejected lines count from the top', async () => {
    const path = file(
      'preamble.csv',
      'Sales report 2024\nExported by the shop\ncustomer,date,amount\nA,2024-01-05,10\nB,2024-01-06,x\n',
    );
    const result = await inspectJson([path, '--header-row', '3']);
    expect(result.rows).toBe(1);
    expect(result.detected.columns).toEqual({
      customerId: 'customer',
      date: 'date',
      amount: 'amount',
    });
    expect(result.rejected).toEqual([
      { line: 5, column: 'amount', reason: 'unreadable amount "x"' },
    ]);
  });

  it('--header-row N keeps a UTF-16 byte order mark', async () => {
    const text = 'Report\r\ncustomer,date,amount\r\nA,2024-01-05,10\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const result = await inspectJson([file('utf16.csv', bytes), '--header-row', '2']);
    expect(result.detected.encoding).toBe('utf-16le');
    expect(result.revenue).toBe(10);
  });

  it('--header-row none reads the first line as data', async () => {
    const path = file('nohead.csv', 'A,2024-01-05,10\nB,2024-01-06,20\nC,2024-01-07,30\n');
    const result = await inspectJson([path, '--header-row', 'none', '--map', 'amount=3']);
    expect(result.rows).toBe(3);
    expect(result.revenue).toBe(60);
  });

  it('--map role=none unmaps a column; --encoding forces the code page', async () => {
    const path = file('channel.csv', 'customer,date,amount,channel\nA,2024-01-05,10,web\n');
    expect((await inspectJson([path])).detected.columns.channel).toBe('channel');
    expect(
      (await inspectJson([path, '--map', 'channel=none'])).detected.columns.channel,
    ).toBeUndefined();
    const cp1251 = new Uint8Array([
      ...Buffer.from('customer,date,amount\n'),
      0xc8,
      0xe2,
      0xe0,
      0xed,
      ...Buffer.from(',2024-01-05,10\n'),
    ]);
    const read = await inspectJson([file('cp.csv', cp1251), '--encoding', 'cp1251']);
    expect(read.detected.encoding).toBe('windows-1251');
  });

  it('bad values are refused before the file is read', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['--thousands', 'x'],
        /^--thousands must be one of none space nbsp dot comma apostrophe, got "x"$/,
      ],
      [
        ['--header-row', 'two'],
        /^--header-row must be a line number \(1, 2, …\) or none, got "two"$/,
      ],
      [['--decimal', 'comma', '--thousands', 'comma'], /is also the decimal separator/],
      [['--kind', 'summary'], /^--kind summary: this command reads a transactions file$/],
      [['--map', 'revenue=amount'], /^--map: unknown role "revenue"/],
    ];
    for (const [argv, message] of cases) {
      const error = await refusal(['inspect', '/no/such/file.csv', ...argv]);
      expect(error).toBeInstanceOf(CliError);
      expect(error.exitCode).toBe(2);
      expect(error.message).toMatch(message);
    }
  });
});

describe('inspect --json rejectedCount', () => {
  it('is the total when the listed rejected rows stop at 10 000', async () => {
    const lines = ['customer,date,amount', 'A,2024-01-05,10'];
    for (let i = 0; i < 12_345; i++) lines.push(`C${i},2024-01-05,bad`);
    const result = await inspectJson([file('many-bad.csv', lines.join('\n') + '\n')]);
    expect(result.rows).toBe(1);
    expect(result.rejected).toHaveLength(10_000);
    expect(result.rejectedCount).toBe(12_345);
  });
});
