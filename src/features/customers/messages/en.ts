/**
 * English messages of the Customers explorer; ru.ts, bg.ts and ro.ts beside translate every key.
 */
export const en = {
  'explorer.title': 'Customers',
  'explorer.intro':
    'Every customer with their history, RFM segment and predictions: P(alive) today, expected purchases and lifetime value over the next {horizon} at a {margin} margin. Choose a row to see the customer’s purchases and how their P(alive) moved.',
  'explorer.settingsLink': 'Change the model settings',
  'explorer.loading': 'Scoring every customer…',
  'explorer.error': 'The customers could not be listed: {reason}',
  'explorer.count': '{count} customers',
  'explorer.countOne': '1 customer',
  'explorer.csvHint': 'Every customer the search and filters select, as a CSV rounded as shown',
  'explorer.table': 'Customers',
  'explorer.rows': '{count} customers; use the arrow keys to move between rows',
  'explorer.sortBy': 'Sort by {column}',
  'explorer.noMatch': 'No customer matches. Clear the search or the filters.',
  'explorer.search': 'Search by id or name',
  'explorer.searchPlaceholder': 'e.g. C10001 or Petrov',
  'explorer.segment': 'RFM segment',
  'explorer.cellFilter': 'Value × risk',
  'explorer.all': 'All',
  'explorer.cell': '{value} value, {risk} risk',
  'explorer.detail.pick':
    'Choose a customer in the table to see their purchases and P(alive) over time.',
  'explorer.detail.loading': 'Loading the customer…',
  'explorer.detail.none': 'No purchase up to the end of the observation period.',
  'explorer.detail.alive': 'P(alive) on {date}',
  'explorer.detail.expected': 'Expected purchases, next {horizon}',
  'explorer.detail.clv': 'CLV, next {horizon}',
  'explorer.story.title': 'Purchases and P(alive) over time',
  'explorer.story.hint':
    'P(alive) jumps after each purchase and decays while the customer is silent; the dashed line is the end of observation.',
  'explorer.story.label':
    'Purchase timeline of {id}: {count} purchase days with amounts, and P(alive) over time. Use the arrow keys to step through the purchases.',
  'explorer.story.alive': 'P(alive)',
  'explorer.story.amount': 'Amount',
  'explorer.story.purchase':
    'Purchase {n} of {total}, {date}: {amount}; P(alive) just after: {pAlive}',
} as const;

// t() knows these keys; the bundle (./index.ts) registers them when the screen loads.
type English = typeof en;
declare module '../../../ui/i18n/index.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Messages extends English {}
}
