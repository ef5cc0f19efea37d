/**
 * The currency of a file's amounts (ISO 4217), guessed from how they are written: a sign or a
 * code in the amount cells (`€12.50`, `12,50 лв.`, `USD 12`), else a word in the amount's
 * header (`Amount, EUR`, `Сумма (руб.)`). The guess says what gave it away and how often, so
 * the import can show it with its reason; with nothing to go on it is null and the caller
 * falls back to the interface language's usual currency (`languageCurrency`).
 */

/** A guessed currency and the evidence for it. */
export interface CurrencyGuess {
  /** ISO 4217 code, e.g. "EUR". */
  code: string;
  /** Where it was seen: in the amount cells, or in a header. */
  source: 'amounts' | 'header';
  /** The mark as the file writes it: "€", "лв.", "EUR". */
  mark: string;
  /** Amount cells written with this currency (1 for a header). */
  count: number;
  /** Amount cells looked at (non-empty). */
  of: number;
  /** Other currencies the amounts show, most frequent first (a mixed file). */
  others: { code: string; count: number }[];
}

/** Signs and words, longest first where one starts another ("US$" before "$"). */
const MARKS: readonly (readonly [string, string])[] = [
  ['US$', 'USD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₽', 'RUB'],
  ['руб.', 'RUB'],
  ['руб', 'RUB'],
  ['р.', 'RUB'],
  ['₴', 'UAH'],
  ['грн.', 'UAH'],
  ['грн', 'UAH'],
  ['₸', 'KZT'],
  ['₺', 'TRY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₪', 'ILS'],
  ['лв.', 'BGN'],
  ['лв', 'BGN'],
  ['lei', 'RON'],
  ['Lei', 'RON'],
  ['LEI', 'RON'],
  ['zł', 'PLN'],
  ['Kč', 'CZK'],
  ['Ft', 'HUF'],
];

/** Codes written as such (RUR is the old rouble code, read as RUB). */
const CODES = [
  'USD',
  'EUR',
  'GBP',
  'RUB',
  'RUR',
  'BGN',
  'RON',
  'MDL',
  'UAH',
  'BYN',
  'KZT',
  'PLN',
  'CZK',
  'HUF',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'TRY',
  'JPY',
  'CNY',
  'INR',
  'CAD',
  'AUD',
];
const codeOf = (code: string) => (code === 'RUR' ? 'RUB' : code);

const isDigit = (code: number) => code >= 48 && code <= 57;

/** The currency mark at the start or end of an amount cell, if any. */
function markOf(cell: string): readonly [string, string] | null {
  // Most cells are plain numbers: a digit at both ends leaves no room for a mark (no mark
  // starts or ends with a digit), and is decided without the regular expressions below.
  if (isDigit(cell.charCodeAt(0)) && isDigit(cell.charCodeAt(cell.length - 1))) return null;
  // Signs and brackets around the number do not hide the mark: "-€12", "(12 лв)".
  const s = cell.trim().replace(/^[-+(\s]+|[-)\s]+$/g, '');
  if (s === '' || !/\d/.test(s)) return null;
  for (const code of CODES) {
    if (s.startsWith(code) || s.endsWith(code)) return [code, codeOf(code)];
  }
  for (const mark of MARKS) {
    if (s.startsWith(mark[0]) || s.endsWith(mark[0])) return mark;
  }
  return null;
}

/** A currency named in a header cell: a code or sign as a word of its own. */
function headerMark(header: string): readonly [string, string] | null {
  const words = header.split(/[\s,;:()[\]{}_/\\|.-]+/u).filter((w) => w !== '');
  for (const word of words) {
    const upper = word.toUpperCase();
    if (CODES.includes(upper)) return [word, codeOf(upper)];
  }
  for (const word of words) {
    const lower = word.toLowerCase();
    if (lower.startsWith('руб')) return [word, 'RUB'];
    if (lower === 'лв' || lower === 'лева') return [word, 'BGN'];
    if (lower === 'lei') return [word, 'RON'];
    if (lower === 'dollar' || lower === 'dollars') return [word, 'USD'];
    if (lower === 'euro' || lower === 'euros') return [word, 'EUR'];
    if (lower === 'грн') return [word, 'UAH'];
    const sign = MARKS.find(([m]) => m.length === 1 && m === word);
    if (sign) return sign;
  }
  for (const [m, code] of MARKS) if (m.length === 1 && header.includes(m)) return [m, code];
  return null;
}

/**
 * Guesses the currency of `amounts` (raw amount cells) with `headers` (the header cells of the
 * money columns) as the second witness. The most frequent mark in the cells wins (ties: the
 * first seen); when no cell has one, the first header that names a currency. Null when
 * neither says anything.
 */
export function guessCurrency(
  headers: readonly string[],
  amounts: readonly string[],
): CurrencyGuess | null {
  const tally = new Map<string, { mark: string; count: number }>();
  let of = 0;
  for (const cell of amounts) {
    if (cell.trim() === '') continue;
    of++;
    const found = markOf(cell);
    if (!found) continue;
    const entry = tally.get(found[1]);
    if (entry) entry.count++;
    else tally.set(found[1], { mark: found[0], count: 1 });
  }
  const ranked = [...tally.entries()].sort((a, b) => b[1].count - a[1].count);
  const best = ranked[0];
  if (best) {
    const others = ranked.slice(1).map(([code, e]) => ({ code, count: e.count }));
    return {
      code: best[0],
      source: 'amounts',
      mark: best[1].mark,
      count: best[1].count,
      of,
      others,
    };
  }
  for (const header of headers) {
    const found = headerMark(header);
    if (found) return { code: found[1], source: 'header', mark: header, count: 1, of, others: [] };
  }
  return null;
}

/**
 * The usual currency of an interface language, used when the file says nothing: English →
 * US dollar, Russian → rouble, Romanian → leu, Bulgarian → euro (Bulgaria's currency since
 * 1 January 2026; a file in leva says "лв" and is guessed as BGN).
 */
export function languageCurrency(language: string): string {
  switch (language) {
    case 'ru':
      return 'RUB';
    case 'bg':
      return 'EUR';
    case 'ro':
      return 'RON';
    default:
      return 'USD';
  }
}

/** True for a well-formed ISO 4217 code (three capital letters). */
export function isCurrencyCode(code: unknown): code is string {
  return typeof code === 'string' && /^[A-Z]{3}$/.test(code);
}

/** Currencies offered in the pickers: the six of the UI languages first, then the other guessable ones. */
export const COMMON_CURRENCIES: readonly string[] = [
  ...new Set(['EUR', 'USD', 'GBP', 'BGN', 'RON', 'RUB', ...CODES.map(codeOf), 'ILS', 'KRW']),
];
