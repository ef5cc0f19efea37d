/**
 * English messages of the Import screen, of the detection notes (`note.*`) and of the warnings
 * (`warning.*`, `import.warning.*`): core returns keys with parameters, these words say them.
 * Registered at start-up (src/messages/index.ts); the CLI prints the English ones
 * (src/cli/english.ts).
 */
export const en = {
  'import.title': 'Import a file',
  'import.pick': 'Choose a file',
  'import.dropHere': 'Drop a CSV, TSV, TXT or Excel (.xlsx) file here, or',
  'import.formats':
    'Transactions (customer id, date, amount; optionally order, product, channel, quantity, cost), a customers file (id, name, sign-up date, segment, channel, acquisition cost, contract end) or a per-customer summary (id, frequency, recency, T, monetary value).',
  'import.detecting': 'Reading “{name}”…',
  'import.settings': 'Detected settings',
  'import.kind': 'File type',
  'import.kind.transactions': 'Transactions',
  'import.kind.customers': 'Customers',
  'import.kind.summary': 'Per-customer summary',
  'import.encoding': 'Encoding',
  'import.sheet': 'Sheet',
  'import.sheetOption': '{name} ({rows} rows)',
  'import.sheetHidden': '{name} (hidden, {rows} rows)',
  'import.delimiter': 'Delimiter',
  'import.header': 'First row is a header',
  'import.decimal': 'Decimal separator',
  'import.thousands': 'Thousands separator',
  'import.dateFormat': 'Date format',
  'import.currency': 'Currency',
  'import.currency.amounts': '{code}: {count} of {total} amounts are written with “{mark}”.',
  'import.currency.header': '{code}: the column header “{header}” names it.',
  'import.currency.others': 'Other currencies also appear: {others} — please check.',
  'import.currency.fallback':
    'No currency sign or code in the file: {code}, the usual currency for {language} — please check.',
  'import.currency.chosen': 'Chosen by you (the file suggested {guess}).',
  'import.currency.hint': 'It labels money figures; amounts are not converted.',
  'import.columns': 'Columns',
  'import.role.customerId': 'Customer id',
  'import.role.date': 'Date',
  'import.role.amount': 'Amount',
  'import.role.orderId': 'Order id',
  'import.role.product': 'Product or category',
  'import.role.channel': 'Channel',
  'import.role.quantity': 'Quantity',
  'import.role.cost': 'Cost',
  'import.role.none': '— not in the file —',
  'import.required': 'required',
  'import.remembered': 'Settings remembered from an earlier file with the same columns.',
  'import.preview': 'First {count} rows as they will be read',
  'import.line': 'Line',
  'import.row': 'Row',
  'import.rejectedSheet': 'Rows of the sheet “{sheet}”, numbered as in the workbook.',
  'import.start': 'Import',
  'import.back': 'Choose another file',
  'import.missingRoles': 'Choose a column for: {roles}.',
  'import.space.title': 'This file may not fit in the browser’s storage',
  'import.space.text':
    'Importing it needs about {needed}, but only {available} is free for Tenure in this browser. Delete data sets you no longer need, or import anyway: if space runs out, the import stops and nothing is stored.',
  'import.space.anyway': 'Import anyway',
  'import.progress': '{rows} rows · {read} of {total} · {left}',
  'import.unpacking': 'Unpacking the workbook: {rows} rows read…',
  'import.timeLeft': 'about {time} left',
  'import.cancel': 'Cancel import',
  'import.cancelled': 'Import cancelled. Nothing was stored.',
  'import.review': '{valid} rows are valid, {rejected} were rejected',
  'import.reviewBody':
    'Each rejected row is listed with its line in the file (the header is line 1). Import the valid rows, or cancel and fix the file.',
  'import.keep': 'Import {valid} valid rows',
  'import.discard': 'Cancel, import nothing',
  'import.download': 'Download rejected rows (CSV)',
  'import.column': 'Column',
  'import.reason': 'Reason',
  'import.moreRejected': '… and {count} more',
  'import.failed': 'Import failed',
  'import.error.tooManyColumns': 'The first row has {count} columns; at most {max} are supported.',
  'import.error.tooManyColumnsCut':
    'The first row has more than {count} columns; at most {max} are supported.',
  'import.done': 'Imported “{name}”.',
  'import.joinTo': 'Join to data set',
  'import.joinNeedsDataset': 'Import a transactions file first: a customers file joins a data set.',
  'import.summaryName': 'Name',
  'delimiter.,': 'Comma ,',
  'delimiter.;': 'Semicolon ;',
  'delimiter.\t': 'Tab',
  'delimiter.|': 'Pipe |',
  'delimiter.whitespace': 'Spaces (aligned columns)',
  'thousands.': 'None',
  'thousands. ': 'Space',
  'thousands.\u00a0': 'Non-breaking space',
  'thousands..': 'Dot .',
  'thousands.,': 'Comma ,',
  "thousands.'": "Apostrophe '",
  'dateFormat.iso': 'ISO (2024-03-31)',
  'dateFormat.dmy': 'Day first (31.03.2024)',
  'dateFormat.mdy': 'Month first (03/31/2024)',
  'dateFormat.ymd': 'Year first (2024/03/31)',
  'dateFormat.yyyymmdd': 'Compact (20240331)',
  'dateFormat.excel': 'Excel serial (45382)',
  'note.asSet': '{value} (as set)',
  'note.text': '{text}',
  'note.encoding.bom': '{encoding} with a byte order mark',
  'note.encoding.utf16': 'UTF-16 text without a byte order mark',
  'note.encoding.ascii': 'Plain ASCII text; read as UTF-8',
  'note.encoding.workbook': 'Excel workbook: sheet “{sheet}” of {sheets}',
  'note.delimiter.workbook': 'The cells of the sheet',
  'note.encoding.utf8': 'Valid UTF-8 text',
  'note.encoding.fallback': 'Not valid UTF-8; the letters decode as {encoding}',
  'note.delimiter.evidence': '{delimiter}: {fields} fields on {percent}% of {lines} lines',
  'note.delimiter.assumed': 'Each line holds a single field; comma assumed',
  'note.header.yes': 'The first row names the columns',
  'note.header.no': 'No header row: the first row holds data like the rows below',
  'note.decimal.point':
    'Decimal point, as {count} of {total} amounts with a decimal mark show (e.g. “{sample}”)',
  'note.decimal.comma':
    'Decimal comma, as {count} of {total} amounts with a decimal mark show (e.g. “{sample}”)',
  'note.decimal.ambiguous':
    'No amount settles the decimal mark (e.g. “{sample}”); “{decimal}” assumed — please check',
  'note.decimal.locale.semicolon':
    'No amount settles the decimal mark (e.g. “{sample}”); “{decimal}”, as semicolon-separated files write it — please check',
  'note.decimal.locale.dottedDates':
    'No amount settles the decimal mark (e.g. “{sample}”); “{decimal}”, as files with dd.mm.yyyy dates write it — please check',
  'note.decimal.locale.headers':
    'No amount settles the decimal mark (e.g. “{sample}”); “{decimal}”, as files with Cyrillic or Romanian headers write it — please check',
  'note.decimal.none': 'No decimal mark in the amounts; a decimal point is assumed',
  'note.thousands': 'Spaces always group thousands ({count} amounts use them)',
  'note.date.dayFirst': 'Day first: {count} of {total} dates have a first number above 12',
  'note.date.monthFirst': 'Month first: {count} of {total} dates have a second number above 12',
  'note.date.read': 'Every date reads in this format',
  'note.date.cells': 'Date cells of the workbook: the dates they show (times of day ignored)',
  'note.date.dots': 'Day first: no number above 12, and dotted dates are day-first — please check',
  'note.date.order':
    'No number above 12; this order keeps {count} of {total} steps in date order — please check',
  'note.date.locale.semicolon':
    'No number above 12; day first, as semicolon-separated files write it — please check',
  'note.date.locale.dottedDates':
    'No number above 12; day first, as dotted dates are written — please check',
  'note.date.locale.headers':
    'No number above 12; day first, as files with Cyrillic or Romanian headers write it — please check',
  'note.date.assumed': 'No number above 12 in either place; day first assumed — please check',
  'note.date.none': 'No dates to look at; ISO assumed',
  'note.columns.asSet': 'Columns as set',
  'note.columns.byName': 'Every column was recognised by its header name',
  'note.columns.byValues':
    'Recognised by their values, not their header names: {roles} — please check',
  'note.columns.none': 'No column recognised',
  'warning.title': 'Please check before importing',
  'warning.lines': 'e.g. line {lines}',
  'warning.switch': 'Use the other reading',
  'warning.amount.thousandsAssumed':
    '{count} amounts such as “{sample}” read two ways and no amount in the file settles it: “{mark}” is read as a thousands separator.',
  'warning.amount.decimalAssumed':
    '{count} amounts such as “{sample}” read two ways and no amount in the file settles it: “{mark}” is read as the decimal mark.',
  'warning.amount.mixedDecimal':
    'The file uses both decimal marks: {count} amounts such as “{sample}” use the other one and are rejected.',
  'warning.amount.formatChanged':
    'Changed after reading the whole file: {count} amounts such as “{sample}” only read with the decimal mark “{toDecimal}” and thousands separator {toThousands} (it was “{fromDecimal}”, {fromThousands}).',
  'warning.date.orderAssumed':
    'No date has a number above 12, so day-first and month-first both fit (e.g. “{sample}”): read as {format}.',
  'warning.date.mixedOrder':
    'Dates contradict each other: {count} dates such as “{sample}” only read the other way round and are rejected.',
  'warning.date.formatChanged':
    'Changed after reading the whole file: {count} dates such as “{sample}” do not read as {from}; now read as {to}.',
  'warning.date.mixedFormats':
    '{count} dates such as “{sample}” are written differently from the rest of the file.',
  'import.warnings': 'Check before importing',
  'import.warnings.after': 'Reading the whole file found',
  'import.headerRow': 'Table starts on line',
  'import.warning.preamble':
    'Lines {lines} above the header (line {header}) are a title or blank, not data: they are skipped.',
  'import.warning.duplicate-header':
    'Several columns are named “{name}” (columns {column} and {others}). Column {column} is read as {role}.',
  'import.warning.duplicate-header.use': 'Read column {column} instead',
  'import.warning.total-rows':
    'Total rows (“Total”, “Итого”, “Общо”…): {count}, on lines {lines}. They are rejected as “total row”, not imported.',
  'import.warning.nul-bytes':
    'Rows with a NUL byte (binary data): {count}, on lines {lines}. They are rejected.',
  'import.warning.invalid-bytes':
    'Rows with bytes that are not valid {encoding}: {count}, on lines {lines}. They are rejected; the file may mix encodings.',
  'import.warning.dates-far':
    'Dates far outside the rest of the file: {count} (years {years}; lines {lines}). The other dates run from {first} to {last}.',
  'import.warning.dates-far.exclude': 'Exclude rows dated outside {first} – {last}',
  'import.warning.dates-far.again': 'Import again without them',
  'import.warning.dates-excluded':
    'Rows dated outside {first} – {last}: {count}, on lines {lines}. They are rejected as “excluded: date far outside the file”.',
  'import.warning.encoding-changed':
    'Bytes after the start of the file (lines {lines}) are not {from}: the whole file was read again as {to}.',
  'import.warning.invisible-removed':
    'Invisible characters (direction marks, zero-width spaces) removed from ids or names: {count} rows, lines {lines}. Two ids that only differed by them are one customer.',
  'import.warning.text-truncated':
    'Texts longer than {max} characters cut to {max}: {count} rows, lines {lines}.',
} as const;

// t() knows these keys; they are registered at start-up (src/messages/index.ts).
type English = typeof en;
declare module '../../../ui/i18n/index.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Messages extends English {}
}
