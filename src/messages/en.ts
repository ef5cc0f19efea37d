/**
 * English messages of the app itself: the header and navigation (every screen's label), the
 * shared UI (charts, tables, dialogs, the suggested window's reason), the update prompt and the
 * words every screen uses (grains, yes/no, close). Registered at start-up (./index.ts); each
 * screen brings its own (src/features/<screen>/messages).
 */
export const en = {
  'app.name': 'Tenure',
  'app.tagline': 'Customer cohorts, churn and lifetime value — on your laptop, offline.',
  'nav.data': 'Data sets',
  'nav.import': 'Import',
  'nav.cohorts': 'Cohorts',
  'nav.churn': 'Churn',
  'nav.ltv': 'Lifetime value',
  'nav.predictive': 'Predictive CLV',
  'nav.customers': 'Customers',
  'nav.lifecycle': 'Lifecycle',
  'nav.contacts': 'Contact plan',
  'nav.simulator': 'Retention spend',
  'nav.report': 'Report',
  'nav.label': 'Screens',
  'nav.menu': 'Menu',
  'language.label': 'Language',
  'dataset.switcher': 'Data set',
  'dataset.none': 'No data set',
  'drop.hint': 'Drop the file to import it',
  'pwa.updateReady': 'A new version of Tenure is ready.',
  'pwa.reload': 'Reload',
  'pwa.later': 'Later',
  'pwa.busy': 'Available when the import has finished.',
  'error.dismiss': 'Dismiss',
  'error.storage': 'Storage problem',
  'chart.view': 'View',
  'chart.chart': 'Chart',
  'chart.table': 'Table',
  'chart.csv': 'CSV',
  'chart.png': 'PNG',
  'chart.svg': 'SVG',
  'chart.source': 'Tenure · {dataset} · {date}',
  'chart.csvFull': 'Unrounded',
  'chart.csvFullHint': 'CSV with every digit, not rounded to what is shown',
  'chart.csvHint': 'CSV rounded as shown',
  'customers.none': 'No customers here.',
  'customers.id': 'Customer',
  'customers.name': 'Name',
  'customers.first': 'First purchase',
  'customers.last': 'Last purchase',
  'customers.orders': 'Transactions',
  'analysis.loading': 'Computing…',
  'analysis.needsTransactions':
    'This screen needs a transactions data set. Open one in Data sets, or import a file.',
  'grain.day': 'Day',
  'grain.week': 'Week',
  'grain.month': 'Month',
  'grain.quarter': 'Quarter',
  'control.grain': 'Period',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.close': 'Close',
  // The suggested window's reason (ui/window-reason.ts), on Churn, Lifetime value and Lifecycle.
  'churn.windowSuggest':
    '{share} of repeat purchases come within {days} days of the previous one (90th percentile of {gaps} gaps)',
  'churn.windowSuggestNone':
    'no customer bought on two different days, so the default of {days} days is used',
} as const;

// t() knows these keys; they are registered at start-up (src/messages/index.ts).
type English = typeof en;
declare module '../ui/i18n/index.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Messages extends English {}
}
