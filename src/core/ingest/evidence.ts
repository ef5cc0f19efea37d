/**
 * Whole-file evidence for the number and date notation: counters kept while the rows are read
 * (the same pass that validates them), so a decision rests on every row, not on the first ones.
 * The counters look at the raw text only, so they are the same whatever settings the pass used.
 */

/** How many example lines are kept per kind of evidence. */
export const EXAMPLE_LINES = 5;

/** Kinds of amount text, by what they say about the decimal and thousands marks. */
export type AmountKind =
  /** The point is a decimal mark: `12.50`, `1,234.56`, `1234.500`, `1,234,567`. */
  | 'pointDecimal'
  /** The comma is a decimal mark: `12,50`, `1.234,56`, `1.234.567`. */
  | 'commaDecimal'
  /** One point and three digits after it, `1.500`: a decimal point or a thousands dot. */
  | 'point3'
  /** One comma and three digits after it, `1,500`: a decimal comma or a thousands comma. */
  | 'comma3'
  /** `1,234.56` or `1,234,567`: commas group thousands. */
  | 'commaGroups'
  /** `1.234,56` or `1.234.567`: points group thousands. */
  | 'pointGroups'
  /** Digits grouped by a space (any), `1 234`. */
  | 'spaceGroups';

/** Shapes of date text. */
export type DateShape = 'iso' | 'ymd' | 'dayMonth' | 'compact' | 'serial' | 'other';

/** A count and the first lines it was seen on (with the first text). */
export interface Tally {
  count: number;
  lines: number[];
  sample: string;
}

const tally = (): Tally => ({ count: 0, lines: [], sample: '' });

function add(t: Tally, line: number, text: string): void {
  if (t.count === 0) t.sample = text;
  t.count++;
  if (t.lines.length < EXAMPLE_LINES) t.lines.push(line);
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;

/** Counters over the amount and date cells of a file. */
export class FileEvidence {
  readonly amounts: Record<AmountKind, Tally> = {
    pointDecimal: tally(),
    commaDecimal: tally(),
    point3: tally(),
    comma3: tally(),
    commaGroups: tally(),
    pointGroups: tally(),
    spaceGroups: tally(),
  };
  readonly dates: Record<DateShape, Tally> = {
    iso: tally(),
    ymd: tally(),
    dayMonth: tally(),
    compact: tally(),
    serial: tally(),
    other: tally(),
  };
  /** Day/month dates whose first number is above 12 (so day-first), and second (month-first). */
  readonly firstHigh = tally();
  readonly secondHigh = tally();
  /** Day/month dates written with dots (`31.12.2024`): a day-first convention. */
  dotted = 0;
  /** Consecutive day/month dates in non-decreasing order when read day-first / month-first. */
  stepsInOrderDmy = 0;
  stepsInOrderMdy = 0;
  #previousDmy = -1;
  #previousMdy = -1;

  /** Notes what one amount cell says about the marks (empty cells say nothing). */
  observeAmount(text: string, line: number): void {
    const n = text.length;
    let start = 0;
    while (start < n && !isDigit(text.charCodeAt(start))) start++;
    if (start === n) return;
    let end = n - 1;
    while (!isDigit(text.charCodeAt(end))) end--;
    // `.5` and `,5`: the mark before the first digit belongs to the number.
    const before = text.charCodeAt(start - 1);
    if (before === 46 || before === 44) start--;
    let points = 0;
    let commas = 0;
    let lastPoint = -1;
    let lastComma = -1;
    let spaced = false;
    for (let i = start; i <= end; i++) {
      const c = text.charCodeAt(i);
      if (c === 46) {
        points++;
        lastPoint = i;
      } else if (c === 44) {
        commas++;
        lastComma = i;
      } else if ((isSpace(c) || c === 39) && i > start) spaced = true;
    }
    if (spaced) add(this.amounts.spaceGroups, line, text);
    if (points === 0 && commas === 0) return;
    const a = this.amounts;
    if (points > 0 && commas > 0) {
      if (lastComma > lastPoint) {
        add(a.commaDecimal, line, text);
        add(a.pointGroups, line, text);
      } else {
        add(a.pointDecimal, line, text);
        add(a.commaGroups, line, text);
      }
      return;
    }
    const comma = commas > 0;
    const count = comma ? commas : points;
    if (count > 1) {
      // `1.234.567`: repeated marks group thousands, so the other mark is the decimal.
      add(comma ? a.commaGroups : a.pointGroups, line, text);
      add(comma ? a.pointDecimal : a.commaDecimal, line, text);
      return;
    }
    const at = comma ? lastComma : lastPoint;
    const after = end - at;
    let digitsBefore = 0;
    for (let i = at - 1; i >= start && isDigit(text.charCodeAt(i)); i--) digitsBefore++;
    const leadingZero = digitsBefore === 1 && text.charCodeAt(at - 1) === 48;
    if (after === 3 && digitsBefore >= 1 && digitsBefore <= 3 && !leadingZero && !spaced) {
      add(comma ? a.comma3 : a.point3, line, text);
    } else add(comma ? a.commaDecimal : a.pointDecimal, line, text);
  }

  /** Notes the shape of one date cell and, for day/month dates, which number can be a month. */
  observeDate(text: string, line: number): void {
    let i = 0;
    const n = text.length;
    while (i < n && text.charCodeAt(i) === 32) i++;
    if (i === n) return;
    let first = 0;
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) first = first * 10 + text.charCodeAt(i++) - 48;
    const len = i - start;
    const sep = text.charCodeAt(i);
    const separated = sep === 46 || sep === 47 || sep === 45;
    if (len === 4 && separated) {
      add(sep === 45 ? this.dates.iso : this.dates.ymd, line, text);
      return;
    }
    if (!separated || len === 0 || len > 2) {
      const rest = text.slice(i).trim();
      const serial = len >= 1 && len <= 7 && (rest === '' || /^\.\d*$/.test(rest));
      if (len === 8 && rest === '') add(this.dates.compact, line, text);
      else add(serial ? this.dates.serial : this.dates.other, line, text);
      return;
    }
    i++;
    let second = 0;
    const from = i;
    while (i < n && isDigit(text.charCodeAt(i))) second = second * 10 + text.charCodeAt(i++) - 48;
    if (i - from < 1 || i - from > 2 || text.charCodeAt(i) !== sep) {
      add(this.dates.other, line, text);
      return;
    }
    i++;
    let year = 0;
    const yearFrom = i;
    while (i < n && isDigit(text.charCodeAt(i))) year = year * 10 + text.charCodeAt(i++) - 48;
    if (i - yearFrom === 2) year += year < 70 ? 2000 : 1900;
    add(this.dates.dayMonth, line, text);
    if (sep === 46) this.dotted++;
    if (first > 12) add(this.firstHigh, line, text);
    if (second > 12) add(this.secondHigh, line, text);
    this.step(year * 512 + second * 32 + first, year * 512 + first * 32 + second);
  }

  /** Counts one day/month date's step in date order when read day-first (`dmy`) and month-first. */
  step(dmy: number, mdy: number): void {
    if (dmy >= this.#previousDmy && this.#previousDmy >= 0) this.stepsInOrderDmy++;
    if (mdy >= this.#previousMdy && this.#previousMdy >= 0) this.stepsInOrderMdy++;
    this.#previousDmy = dmy;
    this.#previousMdy = mdy;
  }
}
