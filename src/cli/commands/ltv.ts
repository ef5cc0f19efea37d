/**
 * `tenure ltv FILE [--grain month] [--margin 0.3] [--discount 0.01] [--trailing 3]
 * [--window DAYS] [--margin-source percent|cost] [--json]`: simple lifetime value,
 * LTV = AMPU / churn rate, overall and per acquisition cohort.
 *
 * AMPU = margin per customer active during a period; churn rate = lost / active at the
 * start, both pooled over the last `--trailing` complete periods (window W as in `churn`,
 * suggested from the data when not given). Margin = revenue × --margin (default 1), or
 * revenue − cost with `--margin-source cost`. ltvDiscounted = AMPU (1 + d) / (1 + d − r)
 * with d = --discount per period (default 0) and r = 1 − churn. LTV is null when churn is 0.
 *
 * With --json, stdout is {"grain","margin","marginSource","discount","trailingPeriods",
 * "window","overall":{"customers","ampu","churnRate","retention","ltv","ltvDiscounted",
 * "periodsUsed","message"?},"byCohort":[{"cohort", …the same fields}]}; margin is null
 * with --margin-source cost.
 */
import { ltvReport, type Grain, type LtvEstimate, type MarginSource } from '../../core/index.ts';
import { CliError, flag, numberFlag } from '../args.ts';
import { cliOverrides, loadTransactionsFile } from '../load.ts';
import { round6 } from './cohorts.ts';
import type { Command } from './index.ts';

const USAGE =
  'usage: tenure ltv FILE [--grain month] [--margin 0.3] [--discount 0.01] [--trailing 3] [--window DAYS] [--margin-source percent|cost] [--json]';

const r6 = (v: number | null) => (v === null ? null : round6(v));

/** The fields of an estimate that the JSON output carries. */
function shown(e: LtvEstimate) {
  return {
    customers: e.customers,
    ampu: r6(e.ampu),
    churnRate: r6(e.churnRate),
    retention: r6(e.retention),
    ltv: r6(e.ltv),
    ltvDiscounted: r6(e.ltvDiscounted),
    periodsUsed: e.periodsUsed,
    ...(e.message ? { message: e.message } : {}),
  };
}

export const ltv: Command = async (args) => {
  const path = args.positionals[0];
  if (!path) throw new CliError(USAGE, 2);
  const { columns, rejectedCount } = await loadTransactionsFile(path, cliOverrides(args));
  if (rejectedCount > 0) process.stderr.write(`${rejectedCount} rejected rows\n`);
  const window = numberFlag(args, 'window', NaN);
  let report;
  try {
    report = ltvReport(columns, {
      grain: (flag(args, 'grain') ?? 'month') as Grain,
      marginSource: (flag(args, 'margin-source') ?? 'percent') as MarginSource,
      margin: numberFlag(args, 'margin', 1),
      discount: numberFlag(args, 'discount', 0),
      trailingPeriods: numberFlag(args, 'trailing', 3),
      ...(Number.isNaN(window) ? {} : { window }),
    });
  } catch (error) {
    throw new CliError((error as Error).message, 2);
  }
  const { grain, margin, marginSource, discount, trailingPeriods } = report;
  const result = {
    grain,
    margin,
    marginSource,
    discount,
    trailingPeriods,
    window: report.window,
    overall: shown(report.overall),
    byCohort: report.byCohort.map((c) => ({ cohort: c.cohort, ...shown(c) })),
  };
  if (flag(args, 'json') === 'true') {
    process.stdout.write(JSON.stringify(result) + '\n');
    return 0;
  }
  const o = result.overall;
  const lines = [
    `LTV ${o.ltv ?? 'unbounded'} (discounted ${o.ltvDiscounted ?? '-'}) = AMPU ${o.ampu ?? '-'} / churn ${o.churnRate ?? '-'}`,
    `periods used: ${o.periodsUsed.join(', ') || 'none'}; window ${report.window} days`,
    ...(o.message ? [o.message] : []),
    '',
    ['cohort', 'customers', 'ampu', 'churnRate', 'ltv', 'ltvDiscounted'].join('\t'),
    ...result.byCohort.map((c) =>
      [c.cohort, c.customers, c.ampu, c.churnRate, c.ltv, c.ltvDiscounted]
        .map((v) => v ?? '-')
        .join('\t'),
    ),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
};
