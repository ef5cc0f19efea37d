/**
 * `tenure rfm FILE [--as-of YYYY-MM-DD] [--frequency days|orders] [--json]`: RFM segments
 * at an as-of day (default: the last day of the data). With --json, stdout is
 * `{"asOf","customers","segments":[{"name","customers","revenue"}]}` with every segment,
 * in a fixed order, and revenue = the segment's purchases on or before asOf.
 */
import { parseIsoDate, rfmScores } from '../../core/index.ts';
import { CliError, flag } from '../args.ts';
import { cliOverrides, loadTransactionsFile } from '../load.ts';
import { round6 } from './cohorts.ts';
import type { Command } from './index.ts';

const USAGE = 'usage: tenure rfm FILE [--as-of YYYY-MM-DD] [--frequency days|orders] [--json]';

export const rfm: Command = async (args) => {
  const path = args.positionals[0];
  if (!path) throw new CliError(USAGE, 2);
  const asOfText = flag(args, 'as-of');
  const asOfDay = asOfText === undefined ? undefined : parseIsoDate(asOfText);
  if (asOfText !== undefined && asOfDay === undefined) {
    throw new CliError(`--as-of must be a date YYYY-MM-DD, got "${asOfText}"`, 2);
  }
  const { columns, rejectedCount } = await loadTransactionsFile(path, cliOverrides(args));
  if (rejectedCount > 0) process.stderr.write(`${rejectedCount} rejected rows\n`);
  const asOf = asOfDay ?? columns.day.reduce((a, b) => Math.max(a, b), 0);
  let result;
  try {
    result = rfmScores(columns, {
      asOf,
      frequency: (flag(args, 'frequency') ?? 'days') as 'days' | 'orders',
    });
  } catch (error) {
    throw new CliError((error as Error).message, 2);
  }
  const segments = result.segments.map((s) => ({ ...s, revenue: round6(s.revenue) }));
  if (flag(args, 'json') === 'true') {
    const json = { asOf: result.asOf, customers: result.customers, segments };
    process.stdout.write(JSON.stringify(json) + '\n');
    return 0;
  }
  const lines = [
    `RFM at ${result.asOf}: ${result.customers} customers`,
    'segment\tcustomers\trevenue',
  ];
  for (const s of segments) lines.push(`${s.name}\t${s.customers}\t${s.revenue}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
};
