/**
 * `tenure contacts FILE [--from YYYY-MM-DD] [--days 90] [--lead 7] [--capacity C]
 * [--cooldown 0] [--json]`: the contact plan (docs/ARCHITECTURE.md, "Contact plan").
 * Defaults: from = the day after the data's last day, 90 days, lead 7, no capacity limit,
 * cooldown 0. With --json, stdout is exactly
 * `{"from","days","lead","capacity","cooldown","contacts":[{"customerId","date","expectedDate",
 * "reason","priority"}],"unscheduled","lapsed","noRhythm"}`: dates YYYY-MM-DD, capacity null
 * when unlimited, reason "overdue" or "due", priority = the predicted CLV rounded to cents
 * (null when unknown), contacts sorted by date, then priority (CLV, then P(alive)), as planned;
 * unscheduled, lapsed and noRhythm are counts.
 */
import { isoDate, parseIsoDate, planContacts, REASONS } from '../../core/index.ts';
import { CliError, flag, numberFlag } from '../args.ts';
import { cliOverrides, loadTransactionsFile } from '../load.ts';
import type { Command } from './index.ts';

const USAGE =
  'usage: tenure contacts FILE [--from YYYY-MM-DD] [--days 90] [--lead 7] [--capacity C] [--cooldown 0] [--json]';

export const contacts: Command = async (args) => {
  const path = args.positionals[0];
  if (!path) throw new CliError(USAGE, 2);
  const fromText = flag(args, 'from');
  const fromDay = fromText === undefined ? undefined : parseIsoDate(fromText);
  if (fromText !== undefined && fromDay === undefined) {
    throw new CliError(`--from must be a date YYYY-MM-DD, got "${fromText}"`, 2);
  }
  const capacityText = flag(args, 'capacity');
  const options = {
    days: numberFlag(args, 'days', 90),
    lead: numberFlag(args, 'lead', 7),
    capacity: capacityText === undefined ? Infinity : numberFlag(args, 'capacity', Infinity),
    cooldown: numberFlag(args, 'cooldown', 0),
  };
  const { columns, rejectedCount } = await loadTransactionsFile(path, cliOverrides(args));
  if (rejectedCount > 0) process.stderr.write(`${rejectedCount} rejected rows\n`);
  if (columns.day.length === 0) throw new CliError(`${path}: no valid transactions`);
  const last = columns.day.reduce((a, b) => Math.max(a, b), -Infinity);
  const from = fromDay ?? last + 1;
  let plan;
  try {
    plan = planContacts(columns, { from, ...options });
  } catch (error) {
    throw new CliError(`--${(error as Error).message.replace('invalid ', '')}`, 2);
  }
  const contacts = Array.from(plan.customer, (c, i) => {
    const clv = plan.clv[c]!;
    return {
      customerId: columns.customerIds[c]!,
      date: isoDate(plan.date[i]!),
      expectedDate: isoDate(plan.expected[i]!),
      reason: REASONS[plan.reason[i]!]!,
      priority: Number.isFinite(clv) ? Math.round(clv * 100) / 100 : null,
    };
  });
  const json = {
    from: isoDate(from),
    days: options.days,
    lead: options.lead,
    capacity: Number.isFinite(options.capacity) ? options.capacity : null,
    cooldown: options.cooldown,
    contacts,
    unscheduled: plan.unscheduled,
    lapsed: plan.lapsed.length,
    noRhythm: plan.noRhythm.length,
  };
  const pushed = plan.pushed.reduce((n, p) => n + (p > 0 ? 1 : 0), 0);
  process.stderr.write(
    `contacts: ${contacts.length} from ${json.from} over ${options.days} days, ${pushed} pushed by capacity, ` +
      `${plan.unscheduled} unscheduled, ${plan.cooldownDropped} dropped by cooldown, ` +
      `${json.lapsed} lapsed, ${json.noRhythm} without rhythm\n`,
  );
  if (flag(args, 'json') === 'true') {
    process.stdout.write(JSON.stringify(json) + '\n');
    return 0;
  }
  const lines = ['date\tcustomer\texpected\treason\tpriority'];
  for (const c of contacts)
    lines.push(`${c.date}\t${c.customerId}\t${c.expectedDate}\t${c.reason}\t${c.priority ?? ''}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
};
