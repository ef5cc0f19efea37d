/**
 * `tenure churn FILE [--window DAYS] [--grain month] [--contracts CUSTOMERS_FILE] [--json]`:
 * active, new, lost and reactivated customers per period. A customer is active on day d after
 * buying within the W days ending at d; without --window, W is suggested from the data (P90 of
 * the gaps between purchases) and the reason is printed on stderr. With --contracts (a customers
 * file with sign-up and contract end dates), contract mode: active while under contract, lost
 * in the period the contract ends; "window" is then null. With --json, stdout is
 * `{"window","periods":[{"period","activeAtStart","new","lost","reactivated","activeAtEnd","churnRate"}]}`.
 */
import { readFile } from 'node:fs/promises';
import {
  churnSeries,
  churnSeriesContractual,
  createDecoder,
  customerAttributes,
  customerTimeline,
  detectDelimiter,
  detectEncoding,
  detectHeader,
  headersOf,
  parseCustomerRows,
  readAllRows,
  suggestWindow,
  type ChurnPeriod,
  type Grain,
  type TransactionColumns,
} from '../../core/index.ts';
import { CliError, flag, numberFlag } from '../args.ts';
import { cliOverrides, loadTransactionsFile } from '../load.ts';
import type { Command } from './index.ts';
import { workbookOf } from '../xlsx.ts';

const USAGE =
  'usage: tenure churn FILE [--window DAYS] [--grain day|week|month|quarter] [--contracts CUSTOMERS_FILE] [--json]';

/** Contract-mode periods from a customers file's sign-up and contract end dates. */
async function contractPeriods(
  path: string,
  columns: TransactionColumns,
  grain: Grain,
): Promise<ChurnPeriod[]> {
  let bytes: Uint8Array;
  try {
    bytes = (await workbookOf(path, undefined))?.bytes ?? new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${path}: no such file or not readable`);
  }
  const text = createDecoder(detectEncoding(bytes).encoding).decode(bytes, true);
  const raw = readAllRows(text, detectDelimiter(text.split('\n', 200)).delimiter);
  const hasHeader = detectHeader(raw.rows);
  const { customers, rejected } = parseCustomerRows(raw, headersOf(raw.rows, hasHeader), {
    hasHeader,
  });
  if (rejected.length > 0) process.stderr.write(`${rejected.length} rejected customer rows\n`);
  const { attributes } = customerAttributes(customers);
  if (!attributes.contractEndDay.some((d) => d >= 0)) {
    throw new CliError(`${path}: no contract end dates, so there is no contract mode`, 2);
  }
  return churnSeriesContractual(attributes.contractEndDay, attributes.signupDay, {
    grain,
    asOf: customerTimeline(columns).maxDay,
  }).periods;
}

export const churn: Command = async (args) => {
  const path = args.positionals[0];
  if (!path) throw new CliError(USAGE, 2);
  const { columns, rejectedCount } = await loadTransactionsFile(path, cliOverrides(args));
  if (rejectedCount > 0) process.stderr.write(`${rejectedCount} rejected rows\n`);
  const grain = (flag(args, 'grain') ?? 'month') as Grain;
  const contracts = flag(args, 'contracts');
  let window: number | null = numberFlag(args, 'window', NaN);
  if (contracts !== undefined) {
    window = null;
  } else if (Number.isNaN(window)) {
    const suggestion = suggestWindow(columns);
    window = suggestion.days;
    process.stderr.write(`churn: window ${window} days: ${suggestion.reason}\n`);
  }
  let series: ChurnPeriod[];
  try {
    series =
      contracts !== undefined
        ? await contractPeriods(contracts, columns, grain)
        : churnSeries(columns, { window: window!, grain }).periods;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((error as Error).message, 2);
  }
  const periods = series.map((p) => ({
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
