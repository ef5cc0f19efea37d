/**
 * English messages of the Data sets screen: the empty state and sample, the data set list and
 * summary, storage, backup, the workshop pack and deleting all data. Registered at start-up with
 * the app's own (src/messages/index.ts).
 */
export const en = {
  'empty.title': 'Start with your customers’ transactions',
  'empty.body':
    'Import a CSV or text export with a customer id, a date and an amount per row. Everything stays in this browser: nothing is uploaded.',
  'empty.import': 'Import a file',
  'empty.sample': 'Try sample data',
  'empty.sampleHint': '5,000 customers over 3 years, with a customers file',
  'sample.loading': 'Loading the sample data…',
  'storage.usage': '{used} of {quota} used',
  'storage.persisted': 'Stored persistently',
  'storage.notPersisted': 'The browser may clear this data when space runs low',
  'summary.title': 'Summary',
  'summary.rows': 'Transactions',
  'summary.customers': 'Customers',
  'summary.firstDate': 'First date',
  'summary.lastDate': 'Last date',
  'summary.revenue': 'Revenue',
  'summary.currency': 'Currency',
  'summary.currencyHint': 'Labels every money figure; amounts are not converted.',
  'summary.refunds': 'Refunds',
  'summary.refundsValue': '{count} rows, {total}',
  'summary.rejected': 'Rejected rows',
  'summary.file': 'File',
  'summary.imported': 'Imported',
  'summary.settings': 'Settings used',
  'summary.customersFile': 'Customers file',
  'summary.summaryCustomers': 'Customers (summary file)',
  'dataset.rename': 'Rename',
  'dataset.renameLabel': 'Data set name',
  'dataset.save': 'Save',
  'dataset.cancel': 'Cancel',
  'dataset.delete': 'Delete',
  'dataset.deleteConfirm':
    'Delete “{name}” and everything computed from it? This cannot be undone.',
  'dataset.deleted': 'Deleted “{name}”.',
  'dataset.list': 'Your data sets',
  'dataset.open': 'Open',
  'dataset.showRejected': 'Show rejected rows',
  'dataset.addCustomers': 'Add a customers file',
  'dataset.anonymised': 'anonymised',
  'dataset.anonymisedHint':
    'Restored from a workshop pack: customer ids are pseudonyms, and dates may be shifted.',
  'workspace.title': 'This browser’s workspace',
  'workspace.storage': 'Storage',
  'storage.persist': 'Keep data persistently',
  'backup.title': 'Backup',
  'backup.body':
    'Save every data set, customers file, mapping and setting to one file, to move to another computer or keep a copy.',
  'backup.create': 'Back up workspace',
  'backup.creating': 'Backing up… {percent}',
  'backup.restore': 'Restore from backup',
  'backup.previewTitle': 'Backup contents',
  'backup.preview': '“{name}”, made {date}, holds:',
  'backup.datasetCustomers': '{count} customers',
  'backup.confirm': 'Restore these data sets',
  'backup.nothingChanged': 'Nothing was changed.',
  'backup.replaces.one':
    'Restoring replaces this data set you have now, with everything stored for it (lifecycle moves, scenarios, customers file):',
  'backup.replaces.other':
    'Restoring replaces these {count} data sets you have now, with everything stored for them (lifecycle moves, scenarios, customers files):',
  'backup.confirmReplace': 'Replace and restore',
  'backup.restored.one': 'Restored {count} data set.',
  'backup.restored.other': 'Restored {count} data sets.',
  'workshop.title': 'Export for a workshop',
  'workshop.body':
    'One file in the backup format with customer and order ids replaced by pseudonyms, to work on the data with others. Restoring it adds anonymised copies beside your data sets.',
  'workshop.open': 'Export for a workshop…',
  'workshop.datasets': 'Data sets in the pack',
  'workshop.keep': 'Customers file: columns kept as they are',
  'workshop.column.names': 'Names (otherwise replaced by the pseudonym)',
  'workshop.column.segments': 'Segment',
  'workshop.column.channels': 'Acquisition channel',
  'workshop.column.plans': 'Plan',
  'workshop.keepNote':
    'Columns not kept are left empty. E-mails, phones, addresses and notes are never stored by Tenure, so no pack holds them.',
  'workshop.shift': 'Shift every date',
  'workshop.shiftDays': 'Days added to every date (negative: earlier)',
  'workshop.days': 'days',
  'workshop.shiftCalendar': '28 years earlier',
  'workshop.shiftNote':
    'Gaps between dates stay the same, so figures by day do not change. Weekly figures stay the same when the shift is a multiple of {weeks} days; monthly and quarterly ones can move across month ends unless the shift is 0 or {calendar} days (28 years, which keeps every date’s day, month and weekday).',
  'workshop.idsNote':
    'Pseudonyms come from a secret key kept only in this browser: a customer gets the same pseudonym in every data set of the pack and in later packs, until you reset it. Rejected rows and the reasons typed for lifecycle moves are left out.',
  'workshop.export': 'Export the pack',
  'workshop.exporting': 'Exporting… {percent}',
  'workshop.reset': 'Reset pseudonyms',
  'workshop.resetConfirm':
    'Give every customer a new pseudonym in the next pack? Packs made before will no longer match the new ones.',
  'workshop.resetDone': 'The next pack gives every customer a new pseudonym.',
  'deleteAll.title': 'Delete all my data',
  'deleteAll.body': 'Removes every data set, mapping and setting Tenure keeps in this browser.',
  'deleteAll.button': 'Delete all my data',
  'deleteAll.confirm':
    'Delete every data set, customers file, mapping and setting in this browser? Make a backup first if you may need them again. This cannot be undone.',
  'deleteAll.done': 'All data was deleted from this browser.',
} as const;

// t() knows these keys; they are registered at start-up (src/messages/index.ts).
type English = typeof en;
declare module '../../../ui/i18n/index.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Messages extends English {}
}
