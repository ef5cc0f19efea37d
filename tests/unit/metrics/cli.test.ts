import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { commands } from '../../../src/cli/commands/index.ts';

// tests/fixtures/metrics-small.csv holds the churn.test.ts rows (A, B, C, D, each row 10)
// plus one row with an impossible date, which the importer rejects.
const FILE = 'tests/fixtures/metrics-small.csv';

async function run(line: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(
    (chunk) => ((stdout += String(chunk)), true),
  );
  vi.spyOn(process.stderr, 'write').mockImplementation(
    (chunk) => ((stderr += String(chunk)), true),
  );
  const [name, ...rest] = line.split(' ');
  const code = await commands[name!]!.run(parseArgs(rest));
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('metrics CLI commands', () => {
  it('cohorts --json prints only the matrix', async () => {
    const { code, stdout, stderr } = await run(
      `cohorts ${FILE} --grain month --metric customers --json`,
    );
    expect(code).toBe(0);
    expect(stderr).toBe('1 rejected rows\n');
    expect(JSON.parse(stdout)).toEqual({
      grain: 'month',
      metric: 'customers',
      mode: 'classic',
      cohorts: [
        { cohort: '2022-01', size: 3, values: [3, 1, 1, 1] },
        { cohort: '2022-02', size: 1, values: [1, 0, 0] },
      ],
    });
  });

  it('churn --json has one entry per period with the contract keys', async () => {
    const { stdout } = await run(`churn ${FILE} --window 30 --grain month --json`);
    const result = JSON.parse(stdout) as { window: number; periods: Record<string, unknown>[] };
    expect(result.window).toBe(30);
    expect(result.periods.map((p) => p.period)).toEqual([
      '2022-01',
      '2022-02',
      '2022-03',
      '2022-04',
    ]);
    expect(Object.keys(result.periods[1]!)).toEqual([
      'period',
      'activeAtStart',
      'new',
      'lost',
      'reactivated',
      'activeAtEnd',
      'churnRate',
    ]);
    expect(result.periods[0]!.churnRate).toBeNull();
    expect(result.periods[2]).toMatchObject({ activeAtStart: 3, lost: 3, churnRate: 1 });
  });

  it('churn suggests the window when none is given', async () => {
    const { stdout, stderr } = await run(`churn ${FILE} --json`);
    expect(JSON.parse(stdout)).toMatchObject({ window: 74 });
    expect(stderr).toContain('P90 of 3 gaps');
  });

  it('ltv --json shows its inputs, overall and per cohort', async () => {
    const { stdout } = await run(
      `ltv ${FILE} --grain month --margin 0.5 --discount 0.1 --window 30 --json`,
    );
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(result).toMatchObject({
      grain: 'month',
      margin: 0.5,
      discount: 0.1,
      trailingPeriods: 3,
    });
    // Same data as ltv.test.ts: churn 2/3, AMPU 15/7, LTV 45/14.
    expect(result.overall).toMatchObject({ churnRate: 0.666667, ampu: 2.142857, ltv: 3.214286 });
    expect((result.byCohort as { cohort: string }[]).map((c) => c.cohort)).toEqual([
      '2022-01',
      '2022-02',
    ]);
  });

  it('rfm --json lists every segment', async () => {
    const { stdout } = await run(`rfm ${FILE} --as-of 2022-04-30 --json`);
    const result = JSON.parse(stdout) as {
      asOf: string;
      customers: number;
      segments: { customers: number }[];
    };
    expect(result.asOf).toBe('2022-04-30');
    expect(result.customers).toBe(4);
    expect(result.segments).toHaveLength(11);
    expect(result.segments.reduce((s, x) => s + x.customers, 0)).toBe(4);
  });

  it('rejects bad options as usage errors', async () => {
    await expect(run(`cohorts ${FILE} --grain fortnight --json`)).rejects.toMatchObject({
      message: 'invalid grain: fortnight',
      exitCode: 2,
    });
    await expect(run(`rfm ${FILE} --as-of 2022-02-30`)).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('churn --contracts', () => {
  it('counts lost customers when their contracts end (four subscriptions worked by hand)', async () => {
    // tests/e2e/churn-contract.spec.ts explains the figures: Feb 1/3, Mar 1/3, Apr 1/2, May 0.
    const { code, stdout } = await run(
      'churn tests/fixtures/subscriptions-transactions.csv --contracts tests/fixtures/subscriptions-customers.csv --grain month --json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      window: number | null;
      periods: { period: string; lost: number; churnRate: number | null }[];
    };
    expect(result.window).toBeNull();
    expect(result.periods.map((p) => [p.period, p.lost, p.churnRate])).toEqual([
      ['2024-01', 0, null],
      ['2024-02', 1, 0.333333],
      ['2024-03', 1, 0.333333],
      ['2024-04', 1, 0.5],
      ['2024-05', 0, 0],
      ['2024-06', 0, 0],
    ]);
  });

  it('refuses a customers file without contract end dates', async () => {
    await expect(
      run(`churn ${FILE} --contracts public/sample/customers.csv --json`),
    ).rejects.toThrow('no contract end dates');
  });
});
