/**
 * `tenure cohorts FILE [--grain month] [--metric customers|revenue|revenuePerCustomer|
 * cumulativeRevenuePerCustomer] [--mode classic|rolling] [--json]`: the cohort matrix.
 * With --json, stdout is `{"grain","metric","mode","cohorts":[{"cohort","size","values"}]}`
 * where values[k] is the cell (cohort, cohort + k) up to the last period of the data;
 * otherwise a text table. Rejected rows are counted on stderr.
 */
import { cohortMatrix, type CohortMetric, type CohortMode, type Grain } from '../../core/index.ts';
import { CliError, flag } from '../args.ts';
import { cliOverrides, loadTransactionsFile } from '../load.ts';
import type { Command } from './index.ts';

const USAGE =
  'usage: tenure cohorts FILE [--grain day|week|month|quarter] [--metric customers|revenue|revenuePerCustomer|cumulativeRevenuePerCustomer] [--mode classic|rolling] [--json]';

/** Rounds float noise away (6 decimals) without turning integers into strings. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export const cohorts: Command = async (args) => {
  const path = args.positionals[0];
  if (!path) throw new CliError(USAGE, 2);
  const { columns, rejectedCount } = await loadTransactionsFile(path, cliOverrides(args));
  if (rejectedCount > 0) process.stderr.write(`${rejectedCount} rejected rows\n`);
  let matrix;
  try {
    matrix = cohortMatrix(columns, {
      grain: (flag(args, 'grain') ?? 'month') as Grain,
      metric: (flag(args, 'metric') ?? 'customers') as CohortMetric,
      mode: (flag(args, 'mode') ?? 'classic') as CohortMode,
    });
  } catch (error) {
    throw new CliError((error as Error).message, 2);
  }
  const rows = matrix.cohorts.map((c) => ({
    cohort: c.cohort,
    size: c.size,
    values: c.values.map(round6),
  }));
  if (flag(args, 'json') === 'true') {
    const { grain, metric, mode } = matrix;
    process.stdout.write(JSON.stringify({ grain, metric, mode, cohorts: rows }) + '\n');
    return 0;
  }
  const lines = [['cohort', 'size', ...matrix.periods.map((_, k) => `k${k}`)].join('\t')];
  for (const row of rows) lines.push([row.cohort, row.size, ...row.values].join('\t'));
  process.stdout.write(lines.join('\n') + '\n');
  if (matrix.lastPeriodIncomplete) {
    process.stderr.write(`cohorts: the last period, ${matrix.periods.at(-1)}, is incomplete\n`);
  }
  return 0;
};
