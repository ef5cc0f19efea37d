/**
 * `tenure fit FILE --model bgnbd|gammagamma|sbg [--unit week|day] [--end YYYY-MM-DD] [--json]`:
 * maximum-likelihood fit of one model. FILE is a transactions file or a per-customer summary
 * (bgnbd, gammagamma), or one cohort's survival as `period,alive` (sbg).
 */
import { readFile } from 'node:fs/promises';
import {
  checkUnit,
  customerSummary,
  fitBgNbd,
  fitGammaGamma,
  fitSbg,
  isoDate,
  parseIsoDate,
  summaryFromColumns,
  type CustomerSummary,
  type DayNumber,
} from '../../core/index.ts';
import { CliError, flag, type ParsedArgs } from '../args.ts';
import { cliOverrides, loadSummaryFile } from '../load.ts';
import type { Command } from './index.ts';

export interface LoadedCustomerSummary {
  summary: CustomerSummary;
  /** Customer ids by `summary.customer` index. */
  customerIds: readonly string[];
  /** Describes the source on stderr: "transactions up to 1997-09-30" or "summary file". */
  source: string;
  /** Wall-clock milliseconds: reading and parsing the file, then building the summary. */
  readMs: number;
  summaryMs: number;
}

function parseEnd(args: ParsedArgs): DayNumber | undefined {
  const text = flag(args, 'end');
  if (text === undefined) return undefined;
  const end = parseIsoDate(text);
  if (end === undefined) throw new CliError(`--end must be a date YYYY-MM-DD, got "${text}"`, 2);
  return end;
}

/**
 * The per-customer summary of FILE: read as is from a summary file (its t_x and T are taken
 * to be in `--unit`), or built from transactions up to `--end` (default: the last transaction day).
 */
export async function loadCustomerSummary(
  path: string,
  args: ParsedArgs,
): Promise<LoadedCustomerSummary> {
  let unit;
  try {
    unit = checkUnit(flag(args, 'unit') ?? 'week');
  } catch (error) {
    throw new CliError(`--${(error as Error).message.replace('invalid ', '')}`, 2);
  }
  const readStart = performance.now();
  const loaded = await loadSummaryFile(path, cliOverrides(args));
  const readMs = performance.now() - readStart;
  const summaryStart = performance.now();
  if (loaded.rejected.length > 0)
    process.stderr.write(`tenure: ${loaded.rejected.length} rows rejected in ${path}\n`);
  if (loaded.kind === 'summary') {
    const s = loaded.summary;
    try {
      const summary = summaryFromColumns(s.ids, s.frequency, s.recency, s.T, s.monetary, unit);
      const summaryMs = performance.now() - summaryStart;
      return { summary, customerIds: s.ids, source: 'summary file', readMs, summaryMs };
    } catch (error) {
      throw new CliError(`${path}: ${(error as Error).message}`);
    }
  }
  const { columns } = loaded;
  if (columns.day.length === 0) throw new CliError(`${path}: no valid transactions`);
  let last = -Infinity;
  for (const d of columns.day) if (d > last) last = d;
  const end = parseEnd(args) ?? (last as DayNumber);
  const summary = customerSummary(columns, { unit, end });
  if (summary.x.length === 0)
    throw new CliError(`${path}: no customer bought on or before ${isoDate(end)}`);
  return {
    summary,
    customerIds: columns.customerIds,
    source: `transactions up to ${isoDate(end)}`,
    readMs,
    summaryMs: performance.now() - summaryStart,
  };
}

/** One cohort's survival from a `period,alive` CSV (period 0 first; counts or fractions). */
export async function readSurvival(path: string): Promise<Float64Array> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new CliError(`cannot read ${path}`);
  }
  const lines = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const header = (lines[0] ?? '').split(/[,;\t]/).map((h) => h.trim().toLowerCase());
  const periodColumn = header.indexOf('period');
  const aliveColumn = header.findIndex((h) =>
    ['alive', 'survival', 'survivors', 'customers'].includes(h),
  );
  if (periodColumn < 0 || aliveColumn < 0)
    throw new CliError(`${path}: expected the columns period,alive`);
  const rows = lines.slice(1).map((line, i) => {
    const cells = line.split(/[,;\t]/);
    const period = Number(cells[periodColumn]);
    const alive = Number(cells[aliveColumn]);
    if (!Number.isInteger(period) || !Number.isFinite(alive))
      throw new CliError(`${path}: bad row at line ${i + 2}`);
    return { period, alive };
  });
  rows.sort((u, v) => u.period - v.period);
  rows.forEach((r, i) => {
    if (r.period !== i) throw new CliError(`${path}: periods must run 0, 1, 2, … without gaps`);
  });
  return Float64Array.from(rows, (r) => r.alive);
}

interface FitOutput {
  model: string;
  params: Record<string, number>;
  logLikelihood: number;
  customers: number;
  converged: boolean;
  /** ∞-norm of the gradient of the mean negative log-likelihood at params (log scale). */
  gradientNorm: number;
  iterations: number;
  /** Wall-clock milliseconds; fitMs is the optimiser alone. */
  timing: { readMs: number; summaryMs: number; fitMs: number };
  warning?: string;
}

/** The fields every model's result shares, with the time its fit took. */
function described<
  T extends { logLikelihood: number; converged: boolean; gradientNorm: number; iterations: number },
>(run: () => T): { fit: T; fitMs: number } {
  const start = performance.now();
  const fit = run();
  return { fit, fitMs: performance.now() - start };
}

async function runModel(model: string, path: string, args: ParsedArgs): Promise<FitOutput> {
  const common = (
    fit: { logLikelihood: number; converged: boolean; gradientNorm: number; iterations: number },
    customers: number,
    timing: FitOutput['timing'],
  ) => ({
    logLikelihood: fit.logLikelihood,
    customers,
    converged: fit.converged,
    gradientNorm: fit.gradientNorm,
    iterations: fit.iterations,
    timing,
  });
  if (model === 'sbg') {
    const readStart = performance.now();
    const survival = await readSurvival(path).catch(rethrow(path));
    const readMs = performance.now() - readStart;
    const { fit, fitMs } = described(() => fitSbg(survival));
    return {
      model,
      params: { ...fit.params },
      ...common(fit, fit.customers, { readMs, summaryMs: 0, fitMs }),
    };
  }
  const { summary, source, readMs, summaryMs } = await loadCustomerSummary(path, args);
  process.stderr.write(
    `tenure: ${summary.x.length} customers from ${source} (unit ${summary.unit})\n`,
  );
  if (model === 'bgnbd') {
    const { fit, fitMs } = described(() => fitBgNbd(summary));
    return {
      model,
      params: { ...fit.params },
      ...common(fit, fit.customers, { readMs, summaryMs, fitMs }),
    };
  }
  const { fit, fitMs } = described(() => fitGammaGamma(summary));
  const output = {
    model,
    params: { ...fit.params },
    ...common(fit, fit.customers, { readMs, summaryMs, fitMs }),
  };
  return fit.warning ? { ...output, warning: fit.warning } : output;
}

function rethrow(path: string) {
  return (error: unknown): never => {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: ${(error as Error).message}`);
  };
}

const MODELS = ['bgnbd', 'gammagamma', 'sbg'];

export const fit: Command = async (args) => {
  const path = args.positionals[0];
  const model = flag(args, 'model');
  if (!path || !model) {
    throw new CliError(
      'usage: tenure fit FILE --model bgnbd|gammagamma|sbg [--unit week|day] [--end YYYY-MM-DD] [--json]',
      2,
    );
  }
  if (!MODELS.includes(model))
    throw new CliError(`--model must be one of ${MODELS.join(', ')}, got "${model}"`, 2);
  let result: FitOutput;
  try {
    result = await runModel(model, path, args);
  } catch (error) {
    return rethrow(path)(error);
  }
  const { warning, ...output } = result;
  if (warning) process.stderr.write(`tenure: warning: ${warning}\n`);
  if (!output.converged) process.stderr.write('tenure: warning: the optimiser did not converge\n');
  if (flag(args, 'json') === 'true') {
    process.stdout.write(JSON.stringify(output) + '\n');
  } else {
    const params = Object.entries(output.params).map(([k, v]) => `${k} = ${v.toPrecision(5)}`);
    process.stdout.write(
      `${model}: ${params.join(', ')}\nlog-likelihood ${output.logLikelihood.toFixed(2)}, ` +
        `${output.customers} customers, ${output.converged ? 'converged' : 'NOT converged'}\n`,
    );
  }
  return 0;
};
