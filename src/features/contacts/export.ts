/**
 * The plan's exports: a CSV in the UI locale's dialect (formula-safe, via ui/csv.ts) and an
 * iCalendar file with one all-day event per day listing that day's contacts (the `ics`
 * package, loaded only when the user exports).
 */
import { toCsv } from '../../ui/csv.ts';
import { moneyHeader } from '../../ui/i18n/index.ts';
import type { Channel, ContactPlanView } from './types.ts';

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const round2 = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : null);
export const REASON_CODES = ['overdue', 'due'] as const;

/** One row per contact, by date then priority. */
export function planCsv(plan: ContactPlanView, channel: Channel, locale?: string): string {
  const c = plan.contacts;
  const rows = c.ids.map((id, i) => [
    iso(c.date[i]!),
    id,
    c.names[i] ?? '',
    channel,
    REASON_CODES[c.reason[i]!]!,
    iso(c.expected[i]!),
    c.rhythm[i]!,
    iso(c.lastDay[i]!),
    c.pushed[i]!,
    round2(c.clv[i]!),
    round2(c.pAlive[i]!),
  ]);
  return toCsv(
    [
      'date',
      'customer_id',
      'name',
      'channel',
      'reason',
      'expected_date',
      'rhythm_days',
      'last_purchase',
      'pushed_days',
      moneyHeader('clv'),
      'p_alive',
    ],
    rows,
    locale,
  );
}

/** The plan as iCalendar text: one all-day event per day with its contacts. */
export async function planIcs(
  plan: ContactPlanView,
  channel: Channel,
  title: (count: number) => string,
): Promise<string> {
  const { createEvents } = await import('ics');
  const c = plan.contacts;
  const byDay = new Map<number, string[]>();
  c.ids.forEach((id, i) => {
    const line = `${id}${c.names[i] ? ` (${c.names[i]})` : ''} — ${REASON_CODES[c.reason[i]!]}, expected ${iso(c.expected[i]!)}`;
    const list = byDay.get(c.date[i]!) ?? [];
    list.push(line);
    byDay.set(c.date[i]!, list);
  });
  const parts = (day: number): [number, number, number] => {
    const d = new Date(day * 86_400_000);
    return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  };
  const events = [...byDay].map(([day, lines]) => ({
    uid: `tenure-contacts-${iso(day)}-${channel}@tenure.local`,
    start: parts(day),
    end: parts(day + 1),
    title: title(lines.length),
    description: lines.join('\n'),
    categories: [channel],
    productId: 'tenure/contact-plan',
  }));
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('The calendar file could not be written.');
  return value;
}
