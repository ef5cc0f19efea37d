/**
 * Messages of the import's detection notes (`note.*`) and warnings (`warning.*`): core returns
 * keys with parameters, these words say them. Translations: messages-ru/bg/ro.ts.
 */
export const importMessages = {
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
} as const;
