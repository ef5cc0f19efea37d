/**
 * What exports from reports add around the data: title lines above the header, total rows
 * at the end and dates far from all the others (typing errors such as 1900 or 2199). Each is
 * found here from counters, so the importer can skip or reject it with a visible reason.
 */

/** Words a report writes in the first cell of a total row, lower case. */
const TOTAL_WORDS = new Set([
  'total',
  'totals',
  'grand total',
  'total general',
  'sum total',
  'итого',
  'итог',
  'всего',
  'общий итог',
  'общо',
  'всичко',
  'totaluri',
]);
/** First letters of the words, both cases: most cells are ruled out by one lookup. */
export const FIRST_LETTERS = new Set([...TOTAL_WORDS].flatMap((w) => [w[0]!, w[0]!.toUpperCase()]));

/** True when a cell reads as the label of a total row ("Итого", "Total:", "TOTAL GENERAL"). */
export function isTotalLabel(cell: string): boolean {
  if (cell.length < 4 || cell.length > 24 || !FIRST_LETTERS.has(cell[0]!)) return false;
  const words = cell
    .toLowerCase()
    .replace(/[\s:.]+$/, '')
    .replace(/\s+/g, ' ');
  return TOTAL_WORDS.has(words);
}

function filled(row: readonly string[]): number {
  let n = 0;
  for (const cell of row) if (cell.trim() !== '') n++;
  return n;
}

/**
 * Index of the header row (or of the first data row) among the first rows: the rows above it
 * are a report's title, period, filters — rows with fewer filled cells than the table's width,
 * taken as the most common row length of the first 200 rows. 0 when there is no preamble.
 */
export function findTableStart(rows: readonly string[][]): number {
  const tally = new Map<number, number>();
  for (const row of rows.slice(0, 200)) tally.set(row.length, (tally.get(row.length) ?? 0) + 1);
  let width = 0;
  let most = 0;
  for (const [w, times] of tally)
    if (times > most || (times === most && w > width)) [width, most] = [w, times];
  if (width < 2) return 0;
  const limit = Math.min(rows.length - 1, 30);
  for (let i = 0; i < limit; i++) {
    const row = rows[i]!;
    const n = filled(row);
    const isTable = row.length === width ? n >= 2 : n >= width;
    if (isTable) return i;
  }
  return 0;
}

/** Years counted from 1900 to 2199 (the importer's date range). */
const FIRST_YEAR = 1900;
const YEARS = 300;
/** Day numbers (days since 1970-01-01) of each 1 January from 1900 to 2200. */
const YEAR_START = Int32Array.from({ length: YEARS + 1 }, (_, i) =>
  Math.round(Date.UTC(FIRST_YEAR + i, 0, 1) / 86_400_000),
);

/** The year of a day number, for days from 1900 to 2199. */
export function yearOfDay(day: number): number {
  let i = Math.floor((day - YEAR_START[0]!) / 365.2425);
  if (i < 0) i = 0;
  if (i >= YEARS) i = YEARS - 1;
  while (i > 0 && day < YEAR_START[i]!) i--;
  while (i < YEARS - 1 && day >= YEAR_START[i + 1]!) i++;
  return FIRST_YEAR + i;
}

/** Gap in years beyond which a date no longer belongs to the bulk of the file. */
export const FAR_GAP_YEARS = 5;

/**
 * Dates counted per year while a file is read, with a few example lines per year; `window`
 * finds the bulk of the file and `far` what lies outside it.
 */
export class YearCounter {
  readonly counts = new Float64Array(YEARS);
  readonly #examples = new Map<number, number[]>();
  total = 0;

  add(day: number, line: number): void {
    const i = yearOfDay(day) - FIRST_YEAR;
    if (this.counts[i]!++ < 3) {
      const list = this.#examples.get(i);
      if (list) list.push(line);
      else this.#examples.set(i, [line]);
    }
    this.total++;
  }

  /**
   * The bulk of the file: starting from the median year, the run of years in which no gap
   * between dated years exceeds FAR_GAP_YEARS. Undefined when nothing is dated.
   */
  window(): { firstYear: number; lastYear: number } | undefined {
    if (this.total === 0) return undefined;
    let seen = 0;
    let median = 0;
    while (seen + this.counts[median]! <= this.total / 2) seen += this.counts[median++]!;
    let first = median;
    for (let i = median - 1; i >= 0 && first - i <= FAR_GAP_YEARS; i--) {
      if (this.counts[i]! > 0) first = i;
    }
    let last = median;
    for (let i = median + 1; i < YEARS && i - last <= FAR_GAP_YEARS; i++) {
      if (this.counts[i]! > 0) last = i;
    }
    return { firstYear: FIRST_YEAR + first, lastYear: FIRST_YEAR + last };
  }

  /** Dates outside the bulk: how many, in which years, and example lines (up to `max`). */
  far(
    max = 10,
  ): { count: number; years: number[]; lines: number[]; first: number; last: number } | undefined {
    const bulk = this.window();
    if (!bulk) return undefined;
    let count = 0;
    const years: number[] = [];
    const lines: number[] = [];
    this.counts.forEach((n, i) => {
      const year = FIRST_YEAR + i;
      if (n === 0 || (year >= bulk.firstYear && year <= bulk.lastYear)) return;
      count += n;
      years.push(year);
      lines.push(...(this.#examples.get(i) ?? []));
    });
    if (count === 0) return undefined;
    return {
      count,
      years,
      lines: lines.sort((a, b) => a - b).slice(0, max),
      first: YEAR_START[bulk.firstYear - FIRST_YEAR]!,
      last: YEAR_START[bulk.lastYear - FIRST_YEAR + 1]! - 1,
    };
  }
}
