/**
 * Calendar dates as files write them, read into day numbers (days since 1970-01-01).
 * The time of day, when present, is ignored: the date is the calendar date as written.
 * The parsers scan characters instead of using regular expressions: they run once per row.
 */
import { isoDate, type DayNumber } from '../model.ts';
import type { DateFormat } from './types.ts';

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function validDay(year: number, month: number, day: number): DayNumber | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day) as DayNumber;
}

// Scanner state shared by the helpers below; parsing is synchronous so this is safe.
let pos = 0;

/** Reads minDigits..maxDigits digits at `pos`; -1 when there are too few or too many. */
function digits(s: string, minDigits: number, maxDigits: number): number {
  let value = 0;
  const start = pos;
  while (pos < s.length) {
    const c = s.charCodeAt(pos);
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
    pos++;
  }
  const n = pos - start;
  return n >= minDigits && n <= maxDigits ? value : -1;
}

function isSeparator(c: number): boolean {
  return c === 46 || c === 47 || c === 45; // . / -
}

/** After the date: nothing, or a time introduced by `T` or a space and a digit. */
function endsWell(s: string): boolean {
  if (pos === s.length) return true;
  const c = s.charCodeAt(pos);
  if (c !== 84 && c !== 32) return false;
  const next = s.charCodeAt(pos + 1);
  return next >= 48 && next <= 57;
}

function parseYmd(s: string, isoOnly: boolean): DayNumber | undefined {
  pos = 0;
  const year = digits(s, 4, 4);
  const sep = s.charCodeAt(pos);
  if (year < 0 || !(isoOnly ? sep === 45 : isSeparator(sep))) return undefined;
  pos++;
  const month = digits(s, 1, 2);
  if (month < 0 || s.charCodeAt(pos) !== sep) return undefined;
  pos++;
  const day = digits(s, 1, 2);
  if (day < 0 || !endsWell(s)) return undefined;
  return validDay(year, month, day);
}

function parseDayMonth(s: string, dayFirst: boolean): DayNumber | undefined {
  pos = 0;
  const first = digits(s, 1, 2);
  const sep = s.charCodeAt(pos);
  if (first < 0 || !isSeparator(sep)) return undefined;
  pos++;
  const second = digits(s, 1, 2);
  if (second < 0 || s.charCodeAt(pos) !== sep) return undefined;
  pos++;
  const start = pos;
  let year = digits(s, 2, 4);
  if (year < 0 || pos - start === 3 || !endsWell(s)) return undefined;
  if (pos - start === 2) year += year < 70 ? 2000 : 1900;
  return dayFirst ? validDay(year, second, first) : validDay(year, first, second);
}

function parseCompact(s: string): DayNumber | undefined {
  pos = 0;
  const value = digits(s, 8, 8);
  if (value < 0 || pos !== s.length) return undefined;
  return validDay(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100);
}

/** Excel's 1900 date system: serial 1 = 1900-01-01, and the nonexistent 1900-02-29 is 60. */
function parseExcel(s: string): DayNumber | undefined {
  pos = 0;
  const whole = digits(s, 1, 7);
  if (whole < 0) return undefined;
  if (pos < s.length) {
    if (s.charCodeAt(pos) !== 46) return undefined;
    pos++;
    if (digits(s, 0, 20) < 0 || pos !== s.length) return undefined;
  }
  if (whole < 1 || whole === 60 || whole > 2958465) return undefined;
  return (whole < 60 ? whole - 25568 : whole - 25569) as DayNumber;
}

/** Reads a date in the given format; undefined unless it is a real calendar date. */
export function parseDate(text: string, format: DateFormat): DayNumber | undefined {
  const s = text.trim();
  switch (format) {
    case 'iso':
      return parseYmd(s, true);
    case 'ymd':
      return parseYmd(s, false);
    case 'dmy':
      return parseDayMonth(s, true);
    case 'mdy':
      return parseDayMonth(s, false);
    case 'yyyymmdd':
      return parseCompact(s);
    case 'excel':
      return parseExcel(s);
  }
}

/** Writes a day in a format (for tests and previews); `separator` replaces the default. */
export function formatDate(day: DayNumber, format: DateFormat, separator?: string): string {
  const [y = '', m = '', d = ''] = isoDate(day).split('-');
  switch (format) {
    case 'iso':
      return `${y}-${m}-${d}`;
    case 'ymd':
      return [y, m, d].join(separator ?? '/');
    case 'dmy':
      return [d, m, y].join(separator ?? '.');
    case 'mdy':
      return [Number(m), Number(d), y].join(separator ?? '/');
    case 'yyyymmdd':
      return y + m + d;
    case 'excel':
      return String(day < -25508 ? day + 25568 : day + 25569);
  }
}

export interface DateFormatGuess {
  dateFormat: DateFormat;
  note: string;
}

const CANDIDATES: readonly DateFormat[] = ['iso', 'ymd', 'yyyymmdd', 'dmy', 'mdy', 'excel'];

/**
 * Decides how a column's dates are written. Day-first versus month-first is settled by a
 * number above 12 in either place; when no value settles it, dotted dates are day-first by
 * convention, otherwise the reading in which the dates run in order wins (exports are
 * usually sorted), and day-first when that is a draw too.
 */
export function detectDateFormat(samples: string[]): DateFormatGuess {
  const values = samples.map((s) => s.trim()).filter((s) => s !== '');
  if (values.length === 0) return { dateFormat: 'iso', note: 'No dates to look at; ISO assumed' };
  const parsed = new Map<DateFormat, number>();
  for (const format of CANDIDATES) {
    let count = 0;
    for (const v of values) if (plausible(v, format)) count++;
    parsed.set(format, count);
  }
  let best: DateFormat = 'iso';
  for (const format of CANDIDATES) if (parsed.get(format)! > parsed.get(best)!) best = format;
  const count = parsed.get(best)!;
  const of = `${count} of ${values.length}`;
  if (count === 0) return { dateFormat: 'iso', note: 'No value reads as a date; ISO assumed' };
  if (best === 'dmy' || best === 'mdy') return dayOrMonthFirst(values);
  const names: Record<DateFormat, string> = {
    iso: 'ISO dates (yyyy-mm-dd)',
    ymd: 'year-first dates (yyyy/mm/dd)',
    yyyymmdd: 'compact dates (yyyymmdd)',
    excel: 'Excel serial day numbers',
    dmy: '',
    mdy: '',
  };
  return { dateFormat: best, note: `${names[best]}: ${of} values read` };
}

/** Excel serials are only believed between 1954 and 2119 (20000–80000). */
function plausible(value: string, format: DateFormat): boolean {
  const day = parseDate(value, format);
  if (day === undefined) return false;
  if (format !== 'excel') return true;
  return day >= 20000 - 25569 && day <= 80000 - 25569;
}

function dayOrMonthFirst(values: string[]): DateFormatGuess {
  let firstHigh = 0;
  let secondHigh = 0;
  let shaped = 0;
  let dotted = false;
  for (const v of values) {
    pos = 0;
    const first = digits(v, 1, 2);
    const sep = v.charCodeAt(pos);
    if (first < 0 || !isSeparator(sep)) continue;
    pos++;
    const second = digits(v, 1, 2);
    if (second < 0) continue;
    shaped++;
    if (sep === 46) dotted = true;
    if (first > 12) firstHigh++;
    if (second > 12) secondHigh++;
  }
  if (firstHigh > secondHigh) {
    const note = `day first: ${firstHigh} of ${shaped} dates have a first number above 12`;
    return { dateFormat: 'dmy', note };
  }
  if (secondHigh > firstHigh) {
    const note = `month first: ${secondHigh} of ${shaped} dates have a second number above 12`;
    return { dateFormat: 'mdy', note };
  }
  if (dotted) {
    return { dateFormat: 'dmy', note: 'day first: no number above 12, dotted dates are day-first' };
  }
  const dmy = inOrder(values, 'dmy');
  const mdy = inOrder(values, 'mdy');
  if (mdy > dmy) {
    const note = `ambiguous (no number above 12); month first keeps ${mdy} of ${values.length - 1} steps in date order against ${dmy}`;
    return { dateFormat: 'mdy', note };
  }
  const note =
    dmy > mdy
      ? `ambiguous (no number above 12); day first keeps ${dmy} of ${values.length - 1} steps in date order against ${mdy}`
      : 'ambiguous: no number above 12 in either place; day first assumed — please check';
  return { dateFormat: 'dmy', note };
}

/** How many consecutive pairs are in non-decreasing order when read in this format. */
function inOrder(values: string[], format: DateFormat): number {
  let count = 0;
  let previous: number | undefined;
  for (const v of values) {
    const day = parseDate(v, format);
    if (day !== undefined && previous !== undefined && day >= previous) count++;
    previous = day;
  }
  return count;
}
