/**
 * Calendar periods of a time grain as integers.
 *
 * Every metric buckets days into periods through `periodIndex`, so a period is one integer
 * and "the period after p" is p + 1 at every grain. Dates are UTC calendar days
 * (`DayNumber`); weeks are ISO weeks (Monday to Sunday, week-year of their Thursday).
 */
import { dayNumber, isoDate, parseIsoDate, type DayNumber } from '../model.ts';

export type Grain = 'day' | 'week' | 'month' | 'quarter';

export const GRAINS: readonly Grain[] = ['day', 'week', 'month', 'quarter'];

/** Checks a grain given as text; throws `invalid grain: fortnight` otherwise. */
export function parseGrain(text: string): Grain {
  if ((GRAINS as readonly string[]).includes(text)) return text as Grain;
  throw new Error(`invalid grain: ${text}`);
}

/**
 * Year and month (1–12) of a day number, by integer arithmetic (H. Hinnant,
 * "chrono-compatible low-level date algorithms", civil_from_days); no Date objects,
 * so it is cheap enough for a million rows.
 */
export function civilYearMonth(day: number): { year: number; month: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month };
}

/**
 * The integer period containing a day. Day: the day number itself. Week: ISO weeks,
 * index 0 is the week of Monday 1969-12-29 (day −3), so index = ⌊(day + 3) / 7⌋.
 * Month: year × 12 + month − 1. Quarter: year × 4 + quarter − 1.
 */
export function periodIndex(day: number, grain: Grain): number {
  switch (grain) {
    case 'day':
      return day;
    case 'week':
      return Math.floor((day + 3) / 7);
    case 'month': {
      const { year, month } = civilYearMonth(day);
      return year * 12 + month - 1;
    }
    case 'quarter': {
      const { year, month } = civilYearMonth(day);
      return year * 4 + Math.floor((month - 1) / 3);
    }
  }
}

/** First day of a period. */
export function periodStart(index: number, grain: Grain): DayNumber {
  switch (grain) {
    case 'day':
      return index as DayNumber;
    case 'week':
      return (index * 7 - 3) as DayNumber;
    case 'month':
      return dayNumber(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1, 1);
    case 'quarter':
      return dayNumber(Math.floor(index / 4), (((index % 4) + 4) % 4) * 3 + 1, 1);
  }
}

/** Last day of a period (inclusive). */
export function periodEnd(index: number, grain: Grain): DayNumber {
  return (periodStart(index + 1, grain) - 1) as DayNumber;
}

/**
 * Label of a period: `YYYY-MM-DD` (day), `YYYY-Www` (ISO week-year and week, e.g. 2021-W53
 * for the week of 2022-01-02), `YYYY-MM` (month), `YYYY-Qn` (quarter).
 */
export function periodLabel(index: number, grain: Grain): string {
  switch (grain) {
    case 'day':
      return isoDate(index);
    case 'week': {
      const thursday = periodStart(index, grain) + 3;
      const { year } = civilYearMonth(thursday);
      const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
      return `${pad(year, 4)}-W${pad(week, 2)}`;
    }
    case 'month':
      return `${pad(Math.floor(index / 12), 4)}-${pad((((index % 12) + 12) % 12) + 1, 2)}`;
    case 'quarter':
      return `${pad(Math.floor(index / 4), 4)}-Q${(((index % 4) + 4) % 4) + 1}`;
  }
}

/** The period of a label written by `periodLabel`; throws `invalid month period: 2022-13`. */
export function parsePeriod(label: string, grain: Grain): number {
  const index = parseLabel(label, grain);
  if (index === undefined || periodLabel(index, grain) !== label) {
    throw new Error(`invalid ${grain} period: ${label}`);
  }
  return index;
}

function parseLabel(label: string, grain: Grain): number | undefined {
  const m = /^(\d{4})-(?:(\d{2})|W(\d{2})|Q(\d))$/.exec(label);
  if (grain === 'day') {
    const day = parseIsoDate(label);
    return day === undefined ? undefined : periodIndex(day, 'day');
  }
  if (!m) return undefined;
  const year = Number(m[1]);
  if (grain === 'month' && m[2] !== undefined) return year * 12 + Number(m[2]) - 1;
  if (grain === 'quarter' && m[4] !== undefined) return year * 4 + Number(m[4]) - 1;
  if (grain === 'week' && m[3] !== undefined) {
    // ISO week 1 is the week containing 4 January.
    return periodIndex(dayNumber(year, 1, 4), 'week') + Number(m[3]) - 1;
  }
  return undefined;
}

/**
 * Period index of every day in [minDay, maxDay]: `table[d − minDay]`. Hot loops read this
 * instead of calling `periodIndex` once per row.
 */
export function periodTable(minDay: number, maxDay: number, grain: Grain): Int32Array {
  const table = new Int32Array(Math.max(0, maxDay - minDay + 1));
  for (let d = minDay; d <= maxDay; d++) table[d - minDay] = periodIndex(d, grain);
  return table;
}

/** Labels of the consecutive periods first … last. */
export function periodLabels(first: number, last: number, grain: Grain): string[] {
  const labels: string[] = [];
  for (let p = first; p <= last; p++) labels.push(periodLabel(p, grain));
  return labels;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
