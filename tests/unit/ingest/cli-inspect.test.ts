import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { inspect } from '../../../src/cli/commands/inspect.ts';
import { cliOverrides } from '../../../src/cli/load.ts';
import { runCommand } from '../../support/cli.ts';

const fixturePath = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
const cdnowPath = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/cdnow/${name}`, import.meta.url));

/** Runs `inspect` in-process: exit code and stdout. */
const runInspect = (argv: string[]) => runCommand(inspect, argv);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('tenure inspect --json', () => {
  it('prints exactly the contract JSON for the bad-rows fixture', async () => {
    const { code, stdout } = await runInspect([fixturePath('orders-bad-rows.csv'), '--json']);
    expect(code).toBe(0);
    // Figures: see tests/unit/ingest/pipeline.test.ts (rows c1, c4, c7, c8: 10 + 7 + 9 − 3).
    expect(JSON.parse(stdout)).toEqual({
      detected: {
        encoding: 'utf-8',
        delimiter: ',',
        decimal: '.',
        dateFormat: 'iso',
        columns: { customerId: 'customer_id', date: 'date', amount: 'amount' },
        // No sign, code or header names one (the app falls back to the language's currency).
        currency: null,
      },
      rows: 4,
      rejected: [
        { line: 3, column: 'customer_id', reason: 'empty customer id' },
        { line: 4, column: 'date', reason: 'unreadable date "2024-02-31"' },
        { line: 5, column: 'amount', reason: 'unreadable amount "12,3,4"' },
        { line: 8, column: null, reason: 'wrong number of fields: 3, expected 4' },
        { line: 9, column: 'date', reason: 'date out of range' },
      ],
      rejectedCount: 5,
      customers: 4,
      revenue: 23,
      firstDate: '2024-01-05',
      lastDate: '2024-01-11',
      warnings: [],
    });
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('names the currency of the amounts: guessed, or as given with --currency', async () => {
    const eur = fixturePath('orders-eur.csv');
    const guessed = JSON.parse((await runInspect([eur, '--json'])).stdout) as {
      detected: { currency: string | null };
      revenue: number;
    };
    expect(guessed.detected.currency).toBe('EUR');
    expect(guessed.revenue).toBe(1249.5);
    const given = JSON.parse((await runInspect([eur, '--json', '--currency', 'bgn'])).stdout) as {
      detected: { currency: string | null };
    };
    expect(given.detected.currency).toBe('BGN');
    const text = (await runInspect([eur])).stdout;
    expect(text).toContain('currency    EUR: 3 of 3 amounts are written with "€"');
    await expect(runInspect([eur, '--currency', 'euro'])).rejects.toThrow('not an ISO 4217 code');
  });

  it('prints tab as "\\t" and honours --map and --date-format', async () => {
    const { stdout } = await runInspect([
      fixturePath('orders-us-tab.tsv'),
      '--json',
      '--map',
      'orderId=Customer',
      '--map',
      'customerId=Order ID',
    ]);
    const result = JSON.parse(stdout) as {
      detected: { delimiter: string; columns: Record<string, string> };
      customers: number;
    };
    expect(result.detected.delimiter).toBe('\t');
    expect(result.detected.columns).toEqual({
      customerId: 'Order ID',
      date: 'Order Date',
      amount: 'Amount',
      orderId: 'Customer',
    });
    expect(result.customers).toBe(4); // O-1 … O-4 are all different
  });

  it('CDNOW_master.txt gives the reference figures', async () => {
    const { stdout } = await runInspect([cdnowPath('CDNOW_master.txt'), '--json']);
    // Revenue checked with awk 'NR>1 {s+=$4} END {printf "%.4f", s}' → 2500315.6300.
    expect(JSON.parse(stdout)).toEqual({
      detected: {
        encoding: 'utf-8',
        delimiter: 'whitespace',
        decimal: '.',
        dateFormat: 'yyyymmdd',
        columns: {
          customerId: 'customer_id',
          date: 'date',
          amount: 'dollar_value',
          quantity: 'number_of_cds',
        },
        currency: 'USD', // the header "dollar_value"
      },
      rows: 69659,
      rejected: [],
      rejectedCount: 0,
      customers: 23570,
      revenue: 2500315.63,
      firstDate: '1997-01-01',
      lastDate: '1998-06-30',
      warnings: [],
    });
  });

  it('prints a human report without --json', async () => {
    const { stdout } = await runInspect([fixturePath('orders-ru-cp1251.csv')]);
    expect(stdout).toContain('windows-1251');
    expect(stdout).toMatch(/rows\s+5 valid, 0 rejected/);
  });
});

describe('cliOverrides', () => {
  const good: [argv: string[], expected: object][] = [
    [['--delimiter', 'tab'], { delimiter: '\t' }],
    [['--delimiter', ';'], { delimiter: ';' }],
    [['--delimiter=whitespace'], { delimiter: 'whitespace' }],
    [['--encoding', 'cp1251', '--decimal', ','], { encoding: 'windows-1251', decimal: ',' }],
    [
      ['--date-format', 'mdy', '--map', 'amount=Sum'],
      { dateFormat: 'mdy', map: { amount: 'Sum' } },
    ],
  ];
  it.each(good)('%j', (argv, expected) => {
    expect(cliOverrides(parseArgs(argv))).toEqual(expected);
  });

  const bad: [argv: string[], message: RegExp][] = [
    [['--delimiter', 'x'], /--delimiter must be one of/],
    [['--date-format', 'dd.mm'], /--date-format must be one of/],
    [['--decimal', ':'], /--decimal must be one of/],
    [['--map', 'amount'], /--map expects role=HEADER/],
  ];
  it.each(bad)('%j is refused', (argv, message) => {
    expect(() => cliOverrides(parseArgs(argv))).toThrow(message);
  });
});

describe('tenure inspect as a process', () => {
  it('exits non-zero with one line on stderr for a missing file', async () => {
    const main = fileURLToPath(new URL('../../../src/cli/main.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
    const run = promisify(execFile);
    const error = await run(tsx, [main, 'inspect', '/no/such/file.csv', '--json']).catch(
      (e: unknown) => e,
    );
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      'tenure: cannot read /no/such/file.csv: no such file',
    ]);
  });
});
