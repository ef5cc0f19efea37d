/**
 * English messages of the Contact plan screen; ru.ts, bg.ts and ro.ts beside translate every key.
 */
export const en = {
  'contacts.title': 'Contact plan',
  'contacts.intro':
    'Whom to contact on which day: each customer just before their next expected purchase, from their own rhythm (the median gap between their purchase days), within the day’s capacity and never closer than the cooldown to their previous contact. Priority on a full day: predicted CLV, then P(alive).',
  'contacts.settings': 'Plan settings',
  'contacts.from': 'Start',
  'contacts.fromDefault': 'the day after the data ({date})',
  'contacts.days': 'Horizon (days)',
  'contacts.lead': 'Lead (days before the expected purchase)',
  'contacts.capacity': 'Capacity (contacts a day, empty = no limit)',
  'contacts.cooldown': 'Cooldown (days between contacts of a customer)',
  'contacts.channel': 'Channel',
  'contacts.channel.phone': 'Phone',
  'contacts.channel.email': 'Email',
  'contacts.channel.sms': 'SMS',
  'contacts.channel.mail': 'Mail',
  'contacts.invalid':
    'Enter whole numbers: horizon 1–3660, lead and cooldown from 0, capacity from 1.',
  'contacts.loading': 'Planning…',
  'contacts.error': 'The plan could not be computed: {reason}',
  'contacts.summary':
    '{contacts} contacts from {from} to {to}; {pushed} pushed to a later day by the capacity, {unscheduled} left unscheduled, {dropped} dropped by the cooldown.',
  'contacts.calendar': 'Calendar',
  'contacts.prevMonth': 'Previous month',
  'contacts.nextMonth': 'Next month',
  'contacts.dayLabel': '{date}: {count} contacts, {pushed} pushed here',
  'contacts.dayOutside': '{date}: outside the plan',
  'contacts.pushedMark': 'pushed',
  'contacts.legend':
    'The number is the day’s load; a dot marks contacts pushed there from a full day.',
  'contacts.dayTitle': 'Contacts on {date}',
  'contacts.dayNone': 'Nobody to contact on this day.',
  'contacts.dayHint': 'Arrow keys move through the list; Enter opens the customer.',
  'contacts.col.customer': 'Customer',
  'contacts.col.expected': 'Expected purchase',
  'contacts.col.rhythm': 'Rhythm',
  'contacts.col.last': 'Last purchase',
  'contacts.col.cell': 'Value × risk',
  'contacts.col.reason': 'Reason',
  'contacts.reason.overdue': 'overdue',
  'contacts.reason.due': 'due',
  'contacts.reason.pushed': '{reason}, pushed {days} d',
  'contacts.rhythmDays': '{days} d',
  'contacts.cell': '{value} value, {risk} risk',
  'contacts.cellUnknown': '—',
  'contacts.lapsed': 'Lapsed: the win-back playbook',
  'contacts.lapsedText':
    'Their expected purchase is more than one rhythm in the past, so a “just before” call is too late. Do not put them in the daily calls: run the win-back program — a personal letter or offer to the valuable ones, a low-cost reminder to the rest — and bring back those who answer.',
  'contacts.noRhythm': 'No rhythm yet: onboarding',
  'contacts.noRhythmText':
    'One purchase day so far, so there is no rhythm to plan from. Welcome them and aim for the second purchase (a useful tip, a reason to come back); they join the plan after they buy again.',
  'contacts.listCount.one': '{count} customer',
  'contacts.listCount.other': '{count} customers',
  'contacts.showMore': 'Show {count} more',
  'contacts.showList': 'Show the list',
  'contacts.hideList': 'Hide the list',
  'contacts.listMore': 'The first {shown} of {count}, by predicted CLV.',
  'contacts.exportCsv': 'Export the plan (CSV)',
  'contacts.exportIcs': 'Export to a calendar (.ics)',
  'contacts.icsTitle': '{channel}: {count} contacts',
  'contacts.detailLoading': 'Opening the customer…',
  'contacts.horizon52': '52 weeks',
} as const;

// t() knows these keys; the bundle (./index.ts) registers them when the screen loads.
type English = typeof en;
declare module '../../../ui/i18n/index.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Messages extends English {}
}
