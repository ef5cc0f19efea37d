/**
 * `tenure churn FILE [--window DAYS] [--grain month] [--json]`: active, new, lost and
 * reactivated customers per period. A customer is active on day d after buying within the
 * W days ending at d; without --window, W is suggested from the data (P90 of the gaps
 * between purchases) and the reason is printed on stderr. With --json, stdout is
 * `{"window","periods":[{"period","activeAtStart","new","lost","reactivated","activeAtEnd","churnRate"}]}`.
 */
import { churnSeries, suggestWindow, type Grain } from '../../core/index.ts';
import { CliError, flag, numberFlag } from '../args.ts';
import { cliOverrides, loadTransactionsFile } from '../load.ts';
import type { Command } from './index.ts';

const USAGE = 'usage: tenure churn FILE [--window DAYS] [--grain day|week|month|quarter] [--json]';

export const churn: Command = async (args) => {
  const path = args.positionals[0];
  if (!path) throw new CliError(USAGE, 2);
  const { columns, rejectedCount } = await loadTransactionsFile(path, cliOverrides(args));
  if (rejectedCount > 0) process.stderr.write(`${rejectedCount} rejected rows\n`);
  let window = numberFlag(args, 'window', NaN);
  if (Number.isNaN(window)) {
    const suggestion = suggestWindow(columns);
    window = suggestion.days;
    process.stderr.write(`churn: window ${window} days: ${suggestion.reason}\n`);
  }
  let series;
  try {
    series = churnSeries(columns, { window, grain: (flag(args, 'grain') ?? 'month') as Grain });
  } catch (error) {
    throw new CliError((error as Error).message, 2);
  }
  const periods = series.periods.map((p) => ({
    period: p.period,
    activeAtStart: p.activeAtStart,
    new: p.new,
    lost: p.lost,
    reactivated: p.reactivated,
    activeAtEnd: p.activeAtEnd,
    churnRate: p.churnRate === null ? null : Math.round(p.churnRate * 1e6) / 1e6,
  }));
  if (flag(args, 'json') === 'true') {
    process.stdout.write(JSON.stringify({ window, periods }) + '\n');
    return 0;
  }
  const lines = [Object.keys(periods[0] ?? { period: '' }).join('\t')];
  for (const p of periods)
    lines.push(
      Object.values(p)
        .map((v) => v ?? '-')
        .join('\t'),
    );
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
};
