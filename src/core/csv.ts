/**
 * CSV cells that cannot smuggle formulas into a spreadsheet (CSV injection): one rule for every
 * CSV Tenure writes, the app's downloads (src/ui/csv.ts) and the CLI's files alike — header
 * cells included, since names the user typed (a scenario's, a segment's) become headers.
 */

/** Cells starting with these are read as formulas by spreadsheet programs. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a text cell that a spreadsheet would run as a formula with a quote, so it stays text. */
export function neutralizeCell<T extends string | number | null>(value: T): T {
  return (typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value) as T;
}

/** A neutralised text field for comma-separated output, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(text: string, delimiter = ','): string {
  const safe = neutralizeCell(text);
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
