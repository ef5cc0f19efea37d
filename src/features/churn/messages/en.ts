/** English messages of the Churn screen; ru.ts, bg.ts and ro.ts beside translate every key. */
export const en = {
  'churn.title': 'Churn',
  'churn.intro':
    'Who stays, who leaves and who comes back, period by period. Customers do not cancel here: a customer who stops buying for longer than the inactivity window counts as lost.',
  'churn.controls': 'Churn settings',
  'churn.window': 'Inactivity window W (days)',
  'churn.windowSlider': 'Inactivity window W, slider',
  'churn.days': '{days} days',
  'churn.windowReason': 'Suggested W = {days} days: {reason}.',
  'churn.windowReset': 'Use the suggested {days} days',
  'churn.windowInvalid': 'Enter a whole number of days from 1 to {max}.',
  'churn.mode': 'Active means',
  'churn.mode.activity': 'bought within the window (W days)',
  'churn.mode.contract': 'under contract (customers file)',
  'churn.definition.contract':
    'A customer is active from sign-up until the contract ends, and lost in the period the contract ends. The churn rate of a period is the customers lost during it divided by the customers under contract at the end of the previous period.',
  'churn.definition':
    'Active on a day d: at least one purchase in the {days} days ending on d. Lost in a period: active at the end of the previous period, not active at the end of this one. Churn rate of a period = customers lost during it ÷ customers active at the end of the previous period.',
  'churn.growthDefinition':
    'Growth accounting uses “bought in the period” instead of the window: new = first purchase; retained = bought in this and the previous period; resurrected = bought now, not in the previous period, but before; lost = bought in the previous period, not in this one. Quick ratio = (new + resurrected) ÷ lost: above 1 the customer base grows.',
  'churn.rateChart': 'Churn rate per period',
  'churn.rateLabel':
    'Line chart of the churn rate in {count} periods. Arrow keys move between periods; Enter lists the customers lost in the period.',
  'churn.activeChart': 'Active customers at the end of each period',
  'churn.activeLabel':
    'Line chart of active customers in {count} periods. Arrow keys move between periods; Enter lists the customers active at the end of the period.',
  'churn.growthChart': 'Growth accounting',
  'churn.growthLabel':
    'Bar chart of new, retained, resurrected and lost customers in {count} periods. Left and right arrows move between periods, up and down between the bars; Enter lists the customers.',
  'churn.axisPeriod': 'Period',
  'churn.axisRate': 'Churn rate',
  'churn.axisActive': 'Active customers',
  'churn.axisCustomers': 'Customers',
  'churn.axisQuickRatio': 'Quick ratio',
  'churn.period': 'Period',
  'churn.rate': 'Churn rate',
  'churn.retention': 'Retention rate',
  'churn.activeAtStart': 'Active at start',
  'churn.activeAtEnd': 'Active at end',
  'churn.new': 'New',
  'churn.lost': 'Lost',
  'churn.reactivated': 'Reactivated',
  'churn.retained': 'Retained',
  'churn.resurrected': 'Resurrected',
  'churn.quickRatio': 'Quick ratio',
  'churn.complete': 'Complete',
  'churn.incomplete': 'Period not over yet: judged on the data’s last day ({date}).',
  'churn.incompleteShort': 'not over yet',
  'churn.warmup': 'Not measurable yet',
  'churn.warmupShort': 'not measurable yet: W days have not passed since the data begins',
  'churn.warmupNote.one':
    'Shaded: {count} period at the start, where nobody can be lost yet (the data begins less than W = {days} days before its end), so its churn rate is not shown.',
  'churn.warmupNote.other':
    'Shaded: {count} periods at the start, where nobody can be lost yet (the data begins less than W = {days} days before their end), so their churn rate is not shown.',
  'churn.clickHint':
    'Click a point or a bar, or focus a chart and press Enter, to list its customers.',
  'churn.drillTitle': '{group} in {period}',
  'churn.drillGrowth': '{group} in {period} (bought-in-period basis)',
  'churn.drillGroup': 'List',
  'churn.drillLoading': 'Listing the customers…',
  'churn.loading': 'Computing churn…',
  'churn.error': 'Churn could not be computed: {reason}',
  'churn.empty': 'This data set has no transactions to compute churn from.',
} as const;

// t() knows these keys; the bundle (./index.ts) registers them when the screen loads.
type English = typeof en;
declare module '../../../ui/i18n/index.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Messages extends English {}
}
