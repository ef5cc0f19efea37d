/**
 * Detection notes and import warnings in English for the CLI: core returns message keys with
 * parameters; the words are the UI's English catalog, so the app and the CLI say the same.
 */
import { describeDelimiter, type Delimiter, type ImportWarning, type Note } from '../core/index.ts';
import { en as importMessages } from '../features/import/messages/en.ts';
import { warningMessage } from './warnings.ts';

const messages: Record<string, string> = importMessages;

/** Fills `{name}` placeholders; thousands separators print as words. */
export function english(key: string, params: Record<string, string | number>): string {
  const template = messages[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    if (name === 'fromThousands' || name === 'toThousands') return separatorName(String(value));
    if (name === 'format' || name === 'from' || name === 'to') return formatName(String(value));
    if (name === 'delimiter') return describeDelimiter(String(value) as Delimiter);
    if (name === 'roles') return String(value).split(',').map(roleName).join(', ');
    return String(value);
  });
}

function roleName(role: string): string {
  const names: Record<string, string> = {
    customerId: 'customer id',
    orderId: 'order id',
  };
  return names[role] ?? role;
}

function formatName(format: string): string {
  const names: Record<string, string> = {
    iso: 'ISO (yyyy-mm-dd)',
    dmy: 'day first (dd.mm.yyyy)',
    mdy: 'month first (mm/dd/yyyy)',
    ymd: 'year first (yyyy/mm/dd)',
    yyyymmdd: 'compact (yyyymmdd)',
    excel: 'Excel serial numbers',
  };
  return names[format] ?? format;
}

function separatorName(sep: string): string {
  const names: Record<string, string> = {
    '': 'none',
    ' ': 'space',
    '\u00a0': 'non-breaking space',
    '.': '“.”',
    ',': '“,”',
    "'": "“'”",
  };
  return names[sep] ?? sep;
}

/** A detection note in English ('' when there is none). */
export function noteText(note: Note | undefined): string {
  return note ? english(note.key, note.params) : '';
}

/** A warning in English: the UI's catalog where it words the code, else the CLI's own sentence. */
export function warningText(w: ImportWarning): string {
  const key = `warning.${w.code}`;
  return key in messages ? english(key, w.params) : warningMessage(w);
}

/** Warnings as `inspect --json` prints them. */
export function warningsJson(warnings: readonly ImportWarning[]) {
  return warnings.map((w) => ({ code: w.code, message: warningText(w), lines: w.lines }));
}
