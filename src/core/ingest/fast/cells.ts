/**
 * Cells read straight from bytes, for the byte scanner: the same values `parseDate` and the
 * plain-number path of `parseAmount` give for the same (ASCII) text, or "undecided" so the
 * row goes to the string path. A cell is the byte range [s, e) of a buffer; nothing is read
 * outside it.
 */
import { daysFromCivil } from '../dates.ts';
import type { DateFormat } from '../types.ts';

/** What a date parser returns when the string path must decide (not a day number). */
export const UNDECIDED = 0x7fffffff;

/** ASCII whitespace as String.prototype.trim sees it: tab, LF, VT, FF, CR and space. */
export const isTrimmed = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** The text of an ASCII byte range (short: cells and ids). */
export function ascii(b: Uint8Array, s: number, e: number): string {
  if (e - s <= 0) return '';
  return String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[]);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function validDay(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return UNDECIDED;
  return daysFromCivil(year, month, day);
}

// Scanner state of the helpers below (synchronous, as in dates.ts).
let pos = 0;

function digits(b: Uint8Array, e: number, min: number, max: number): number {
  let value = 0;
  const start = pos;
  while (pos < e) {
    const c = b[pos]!;
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
    pos++;
  }
  const n = pos - start;
  return n >= min && n <= max ? value : -1;
}

const at = (b: Uint8Array, e: number, i: number) => (i < e ? b[i]! : -1);
const isSeparator = (c: number) => c === 46 || c === 47 || c === 45;

function endsWell(b: Uint8Array, e: number): boolean {
  if (pos === e) return true;
  const c = b[pos]!;
  if (c !== 84 && c !== 32) return false;
  const next = at(b, e, pos + 1);
  return next >= 48 && next <= 57;
}

/** The two digits at i as a number; −1 when either is not a digit. */
function twoDigits(b: Uint8Array, i: number): number {
  const hi = b[i]! - 48;
  const lo = b[i + 1]! - 48;
  return hi >= 0 && hi <= 9 && lo >= 0 && lo <= 9 ? hi * 10 + lo : -1;
}

function ymd(b: Uint8Array, s: number, e: number, isoOnly: boolean): number {
  // Nearly every cell is exactly yyyy-mm-dd: read at fixed places, as the general path below
  // would read it.
  if (e - s === 10) {
    const sep = b[s + 4]!;
    if (b[s + 7] === sep && (isoOnly ? sep === 45 : isSeparator(sep))) {
      const high = twoDigits(b, s);
      const low = twoDigits(b, s + 2);
      const month = twoDigits(b, s + 5);
      const day = twoDigits(b, s + 8);
      if (high >= 0 && low >= 0 && month >= 0 && day >= 0)
        return validDay(high * 100 + low, month, day);
    }
  }
  pos = s;
  const year = digits(b, e, 4, 4);
  const sep = at(b, e, pos);
  if (year < 0 || !(isoOnly ? sep === 45 : isSeparator(sep))) return UNDECIDED;
  pos++;
  const month = digits(b, e, 1, 2);
  if (month < 0 || at(b, e, pos) !== sep) return UNDECIDED;
  pos++;
  const day = digits(b, e, 1, 2);
  if (day < 0 || !endsWell(b, e)) return UNDECIDED;
  return validDay(year, month, day);
}

function dayMonth(b: Uint8Array, s: number, e: number, dayFirst: boolean): number {
  // The usual cell, dd.mm.yyyy (or with / or -), read at fixed places as below.
  if (e - s === 10) {
    const sep = b[s + 2]!;
    if (b[s + 5] === sep && isSeparator(sep)) {
      const first = twoDigits(b, s);
      const second = twoDigits(b, s + 3);
      const high = twoDigits(b, s + 6);
      const low = twoDigits(b, s + 8);
      if (first >= 0 && second >= 0 && high >= 0 && low >= 0) {
        const year = high * 100 + low;
        return dayFirst ? validDay(year, second, first) : validDay(year, first, second);
      }
    }
  }
  pos = s;
  const first = digits(b, e, 1, 2);
  const sep = at(b, e, pos);
  if (first < 0 || !isSeparator(sep)) return UNDECIDED;
  pos++;
  const second = digits(b, e, 1, 2);
  if (second < 0 || at(b, e, pos) !== sep) return UNDECIDED;
  pos++;
  const start = pos;
  let year = digits(b, e, 2, 4);
  if (year < 0 || pos - start === 3 || !endsWell(b, e)) return UNDECIDED;
  if (pos - start === 2) year += year < 70 ? 2000 : 1900;
  return dayFirst ? validDay(year, second, first) : validDay(year, first, second);
}

function compact(b: Uint8Array, s: number, e: number): number {
  pos = s;
  const value = digits(b, e, 8, 8);
  if (value < 0 || pos !== e) return UNDECIDED;
  return validDay(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100);
}

function excel(b: Uint8Array, s: number, e: number): number {
  pos = s;
  const whole = digits(b, e, 1, 7);
  if (whole < 0) return UNDECIDED;
  if (pos < e) {
    if (b[pos] !== 46) return UNDECIDED;
    pos++;
    if (digits(b, e, 0, 20) < 0 || pos !== e) return UNDECIDED;
  }
  if (whole < 1 || whole === 60 || whole > 2958465) return UNDECIDED;
  return whole < 60 ? whole - 25568 : whole - 25569;
}

/** `parseDate` of a trimmed, non-empty ASCII cell; UNDECIDED where it gives undefined. */
export function dateOf(b: Uint8Array, s: number, e: number, format: DateFormat): number {
  switch (format) {
    case 'iso':
      return ymd(b, s, e, true);
    case 'ymd':
      return ymd(b, s, e, false);
    case 'dmy':
      return dayMonth(b, s, e, true);
    case 'mdy':
      return dayMonth(b, s, e, false);
    case 'yyyymmdd':
      return compact(b, s, e);
    case 'excel':
      return excel(b, s, e);
  }
}

/**
 * The plain-number path of `parseAmount` on a trimmed, non-empty cell: digits with an optional
 * leading minus and at most one decimal mark (`point`), up to 15 digits, computed the same
 * way (so the same double). NaN for anything else: the string path decides.
 */
export function plainNumber(b: Uint8Array, s: number, e: number, point: number): number {
  const negative = b[s] === 45;
  let digitCount = 0;
  let mantissa = 0;
  let scale = 1;
  let seenPoint = false;
  for (let i = negative ? s + 1 : s; i < e; i++) {
    const c = b[i]!;
    if (c >= 48 && c <= 57) {
      digitCount++;
      mantissa = mantissa * 10 + (c - 48);
      if (seenPoint) scale *= 10;
    } else if (c === point && !seenPoint) seenPoint = true;
    else return NaN;
  }
  if (digitCount === 0 || digitCount > 15) return NaN;
  const value = seenPoint ? mantissa / scale : mantissa;
  return negative ? -value : value;
}
