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
    expect.hasAssertions();
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
