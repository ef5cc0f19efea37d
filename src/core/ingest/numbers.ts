/**
 * Amounts as people write them: decimal comma or point, grouped thousands, currency signs or
 * codes on either side, and refunds as `-12`, `12-` or `(12)`.
 */
import type { DecimalSeparator, ThousandsSeparator } from './types.ts';

// Currency written before or after the number. Codes are upper case only, so "12abc" is
// not mistaken for an amount in some currency.
const CURRENCY =
  /^(?:US\$|[$€£¥₽₴₸₺₹₩₪]|лв\.?|руб\.?|р\.|грн\.?|lei|Lei|LEI|zł|Kč|Ft|kr|(?:USD|EUR|RUB|BGN|RON|GBP|CHF|PLN|CZK|HUF|UAH|KZT|TRY|JPY|CNY|INR|SEK|NOK|DKK|CAD|AUD|MDL|BYN|RUR))/u;
const CURRENCY_END =
  /(?:US\$|[$€£¥₽₴₸₺₹₩₪]|лв\.?|руб\.?|р\.|грн\.?|lei|Lei|LEI|zł|Kč|Ft|kr|(?:USD|EUR|RUB|BGN|RON|GBP|CHF|PLN|CZK|HUF|UAH|KZT|TRY|JPY|CNY|INR|SEK|NOK|DKK|CAD|AUD|MDL|BYN|RUR))$/u;

/**
 * Reads an amount; NaN when the text is not one number in the given notation.
 * Spaces, NBSP, narrow NBSP and apostrophes are always accepted as thousands separators when
 * they group digits by three; `.` or `,` when `thousands` says so, and the other of the two
 * whenever the text can only mean grouping with it (`1,234.56` with a decimal point).
 */
export function parseAmount(
  text: string,
  decimal: DecimalSeparator,
  thousands: ThousandsSeparator,
): number {
  // Fast path (runs per row): plain digits with the decimal separator, no grouping or signs.
  const plain = plainValue(text, decimal === '.' ? 46 : 44);
  return Number.isNaN(plain) ? parseWritten(text, decimal, thousands) : plain;
}

/**
 * The value of digits with an optional leading minus and at most one decimal separator (char
 * code `point`), computed while scanning; NaN for anything else (the general reader decides).
 * With at most 15 digits, digits / 10^k is exact over exact and so rounds as Number() does.
 */
function plainValue(text: string, point: number): number {
  const n = text.length;
  const negative = text.charCodeAt(0) === 45;
  let digits = 0;
  let mantissa = 0;
  let scale = 1;
  let seenPoint = false;
  for (let i = negative ? 1 : 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      mantissa = mantissa * 10 + (c - 48);
      if (seenPoint) scale *= 10;
    } else if (c === point && !seenPoint) seenPoint = true;
    else return NaN;
  }
  if (digits === 0) return NaN;
  if (digits > 15) return Number(point === 46 ? text : text.replace(',', '.'));
  const value = seenPoint ? mantissa / scale : mantissa;
  return negative ? -value : value;
}

function parseWritten(text: string, decimal: DecimalSeparator, thousands: ThousandsSeparator) {
  let s = text.trim();
  let negative = false;
  let signs = 0;
  let currencies = 0;
  for (let changed = true; changed && s !== '';) {
    changed = false;
    const first = s[0]!;
    const last = s[s.length - 1]!;
    if (first === '(' && last === ')') {
      negative = true;
      signs++;
      s = s.slice(1, -1).trim();
      changed = true;
    } else if (first === '-' || first === '+' || first === '\u2212') {
      negative = first !== '+';
      signs++;
      s = s.slice(1).trim();
      changed = true;
    } else if (last === '-' || last === '\u2212') {
      negative = true;
      signs++;
      s = s.slice(0, -1).trim();
      changed = true;
    } else {
      const lead = CURRENCY.exec(s);
      const trail = lead ? null : CURRENCY_END.exec(s);
      const match = lead ?? trail;
      if (match) {
        currencies++;
        s = (lead ? s.slice(match[0].length) : s.slice(0, -match[0].length)).trim();
        changed = true;
      }
    }
  }
  if (signs > 1 || currencies > 1) return NaN;
  const canonical = canonicalDigits(s, decimal, unambiguousGrouping(s, decimal, thousands));
  if (canonical === undefined) return NaN;
  const value = Number(canonical);
  if (!Number.isFinite(value)) return NaN;
  return negative ? -value : value;
}

/**
 * The grouping mark to read `s` with: the setting, or the other of `.`/`,` when the text can
 * only mean grouping with it — before the decimal mark (`1,234.56` with a decimal point) or
 * more than once (`1.234.567` with a decimal comma). Such forms are read wherever they appear.
 */
function unambiguousGrouping(
  s: string,
  decimal: DecimalSeparator,
  thousands: ThousandsSeparator,
): ThousandsSeparator {
  if (thousands === '.' || thousands === ',') return thousands;
  const other = decimal === '.' ? ',' : '.';
  const first = s.indexOf(other);
  if (first === -1) return thousands;
  const point = s.indexOf(decimal);
  if (point > first || s.indexOf(other, first + 1) !== -1) return other;
  return thousands;
}

/** `1 234,50` → `1234.50`, checking that groups of thousands have three digits. */
function canonicalDigits(
  s: string,
  decimal: DecimalSeparator,
  thousands: ThousandsSeparator,
): string | undefined {
  let exponent = '';
  const e = /[eE][+-]?\d+$/.exec(s);
  if (e) {
    exponent = e[0];
    s = s.slice(0, -exponent.length);
  }
  const point = s.indexOf(decimal);
  if (point !== -1 && s.indexOf(decimal, point + 1) !== -1) return undefined;
  const whole = point === -1 ? s : s.slice(0, point);
  const fraction = point === -1 ? '' : s.slice(point + 1);
  if (!/^\d*$/.test(fraction)) return undefined;
  const groups = whole.split(groupSplitter(thousands));
  if (groups.length > 1) {
    if (!/^\d{1,3}$/.test(groups[0]!)) return undefined;
    for (let i = 1; i < groups.length; i++) if (!/^\d{3}$/.test(groups[i]!)) return undefined;
  } else if (!/^\d*$/.test(whole)) return undefined;
  const digits = groups.join('');
  if (digits === '' && fraction === '') return undefined;
  return `${digits === '' ? '0' : digits}.${fraction === '' ? '0' : fraction}${exponent}`;
}

function groupSplitter(thousands: ThousandsSeparator): RegExp {
  if (thousands === '.') return /[.\s\u00a0\u202f\u2009']/;
  if (thousands === ',') return /[,\s\u00a0\u202f\u2009']/;
  return /[\s\u00a0\u202f\u2009']/;
}

/**
 * Writes a number the way a file in this notation would: `-1 234,50` for
 * (',', ' '). parseAmount reads it back as `value` rounded to `decimals`.
 */
export function formatAmount(
  value: number,
  decimal: DecimalSeparator,
  thousands: ThousandsSeparator,
  decimals = 2,
): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = thousands === '' ? whole : whole.replace(/\B(?=(\d{3})+$)/g, thousands);
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (fraction === undefined ? '' : decimal + fraction);
}

export interface NumberFormatGuess {
  decimal: DecimalSeparator;
  thousands: ThousandsSeparator;
  note: string;
}

/** Decides the decimal and thousands separators from sample values of an amount column. */
export function detectNumberFormat(samples: string[]): NumberFormatGuess {
  const votes = { point: 0, comma: 0 };
  const voters = { point: 0, comma: 0 };
  const groupers = new Map<ThousandsSeparator, number>();
  const vote = (sep: ThousandsSeparator) => groupers.set(sep, (groupers.get(sep) ?? 0) + 1);
  for (const raw of samples) {
    // Only the number itself votes: not the point of "лв." or the comma of "1,5 руб.".
    const s = raw.replace(/^[^\d.,]+/, '').replace(/\D+$/, '');
    const lastPoint = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    if (/\d[ ]\d{3}(?!\d)/.test(s)) vote(' ');
    if (/\d\u00a0\d{3}(?!\d)/.test(s)) vote('\u00a0');
    if (/\d\u202f\d{3}(?!\d)/.test(s)) vote('\u00a0');
    if (/\d'\d{3}(?!\d)/.test(s)) vote("'");
    if (lastPoint !== -1 && lastComma !== -1) {
      if (lastComma > lastPoint) {
        voters.comma++;
        votes.comma += 3;
        vote('.');
      } else {
        voters.point++;
        votes.point += 3;
        vote(',');
      }
    } else if (lastComma !== -1) {
      if (s.indexOf(',') === lastComma && digitsAfter(s, lastComma) !== 3) voters.comma++;
      const after = digitsAfter(s, lastComma);
      if (s.indexOf(',') !== lastComma) {
        votes.point++;
        vote(',');
      } else if (after !== 3) votes.comma += 2;
    } else if (lastPoint !== -1) {
      if (s.indexOf('.') === lastPoint) voters.point++;
      const after = digitsAfter(s, lastPoint);
      if (s.indexOf('.') !== lastPoint) {
        votes.comma++;
        vote('.');
      } else if (after !== 3) votes.point += 2;
      else votes.point += 0.5;
    }
  }
  const decimal: DecimalSeparator = votes.comma > votes.point ? ',' : '.';
  let thousands: ThousandsSeparator = '';
  let best = 0;
  for (const [sep, count] of groupers) {
    if (sep !== decimal && count > best) [thousands, best] = [sep, count];
  }
  const n = samples.length;
  const evidence =
    votes.point === 0 && votes.comma === 0
      ? 'No decimal separator seen in the amounts; a decimal point is assumed'
      : decimal === ','
        ? `Amounts use a decimal comma, as ${voters.comma} of ${n} amounts show`
        : `Amounts use a decimal point, as ${voters.point} of ${n} amounts show`;
  const grouping = thousands === '' ? '' : `; thousands grouped by ${describeSeparator(thousands)}`;
  return { decimal, thousands, note: `${evidence}${grouping}` };
}

function digitsAfter(s: string, at: number): number {
  let i = at + 1;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i - at - 1;
}

/** Human name of a thousands separator. */
export function describeSeparator(sep: ThousandsSeparator): string {
  const names: Record<ThousandsSeparator, string> = {
    '': 'nothing',
    ' ': 'spaces',
    '\u00a0': 'non-breaking spaces',
    '.': 'points',
    ',': 'commas',
    "'": 'apostrophes',
  };
  return names[sep];
}
