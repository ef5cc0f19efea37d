/**
 * `tenure clv FILE [--unit week|day] [--end YYYY-MM-DD] [--horizon 52] [--period 1]
 * [--discount 0.01] [--margin 1] [--out predictions.csv]`: BG/NBD + Gamma-Gamma fits and
 * one CSV row of predictions per customer. The horizon counts periods of `--period` units
 * (default 1 unit, so `--unit week --horizon 52` is a year of weeks) and `--discount` is the
 * rate per such period. Without --out the CSV goes to stdout; a summary line goes to stderr.
 */
import { writeFile } from 'node:fs/promises';
import {
  checkClvOptions,
  csvField,
  fitCustomerModels,
  predictFromFits,
  summaryCustomerId,
} from '../../core/index.ts';
import { CliError, flag, numberFlag } from '../args.ts';
import { loadCustomerSummary } from './fit.ts';
import type { Command } from './index.ts';

const HEADER = [
  'customer_id',
  'frequency',
  'recency',
  'T',
  'monetary_value',
  'p_alive',
  'expected_purchases',
  'p_no_purchase',
  'expected_value',
  'clv',
];

/** Six decimals, without trailing zeros; empty when not known (no money without Gamma-Gamma). */
function num(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toFixed(6))) : '';
}

export const clv: Command = async (args) => {
  const path = args.positionals[0];
  if (!path) {
    throw new CliError(
      'usage: tenure clv FILE [--unit week|day] [--end YYYY-MM-DD] [--horizon 52] [--period 1] [--discount 0.01] [--margin 0.3] [--out FILE]',
      2,
    );
  }
  const options = {
    horizonPeriods: numberFlag(args, 'horizon', 52),
    periodLength: numberFlag(args, 'period', 1),
    discountPerPeriod: numberFlag(args, 'discount', 0.01),
    margin: numberFlag(args, 'margin', 1),
  };
  try {
    checkClvOptions(options);
  } catch (error) {
    const flags: Record<string, string> = {
      horizonPeriods: '--horizon',
      periodLength: '--period',
      discountPerPeriod: '--discount',
      margin: '--margin',
    };
    throw new CliError(
      (error as Error).message.replace(
        /^invalid (\w+)/,
        (_, k: string) => `invalid ${flags[k] ?? k}`,
      ),
      2,
    );
  }
  const { summary, customerIds } = await loadCustomerSummary(path, args);
  const fits = fitCustomerModels(summary);
  const { bgnbd, gammaGamma } = fits;
  if (gammaGamma?.warning) process.stderr.write(`tenure: warning: ${gammaGamma.warning}\n`);
  // As in the app: without a usable Gamma-Gamma fit the money columns stay empty.
  if (!gammaGamma) process.stderr.write(`tenure: warning: ${fits.gammaGammaError}\n`);
  if (!bgnbd.converged || (gammaGamma && !gammaGamma.converged))
    process.stderr.write('tenure: warning: a fit did not converge\n');
  const predictions = predictFromFits(summary, fits, options);
  const lines = [HEADER.map((cell) => csvField(cell)).join(',')];
  let total = 0;
  for (let i = 0; i < summary.x.length; i++) {
    total += predictions.clv[i]!;
    lines.push(
      [
        csvField(summaryCustomerId(summary, i, customerIds)),
        num(summary.x[i]!),
        num(summary.tx[i]!),
        num(summary.T[i]!),
        num(summary.monetary[i]!),
        num(predictions.pAlive[i]!),
        num(predictions.expectedPurchases[i]!),
        num(predictions.pNoPurchase[i]!),
        num(predictions.expectedValue[i]!),
        num(predictions.clv[i]!),
      ].join(','),
    );
  }
  const csv = lines.join('\n') + '\n';
  const out = flag(args, 'out');
  if (out)
    await writeFile(out, csv).catch(() => Promise.reject(new CliError(`cannot write ${out}`)));
  else process.stdout.write(csv);
  process.stderr.write(
    `clv: ${summary.x.length} customers, horizon ${options.horizonPeriods} × ${options.periodLength} ${summary.unit}(s), ` +
      `discount ${options.discountPerPeriod}/period, margin ${options.margin}: total ${total.toFixed(2)}, ` +
      `mean ${(total / summary.x.length).toFixed(2)}${out ? ` → ${out}` : ''}\n`,
  );
  return 0;
};
