/** A chart's data as a table: shown as the chart's alternative view and exported as CSV. */
export interface ChartTable {
  header: string[];
  rows: (string | number | null)[][];
  /** Display text per cell where it differs from the raw value (formatted numbers). */
  display?: string[][];
}

/**
 * The value rounded to the precision its display text shows ("20.7%" → 0.207, "1 234,57" →
 * 1234.57); unchanged without a display text or when the text is abbreviated (1.2K).
 */
export function roundAsShown(value: number, display: string | undefined, locale: string): number {
  if (display === undefined || !Number.isFinite(value)) return value;
  const text = display.trim();
  if (/\p{L}/u.test(text)) return value;
  const decimal =
    new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ??
    '.';
  const at = text.lastIndexOf(decimal);
  const shown = at < 0 ? 0 : (/^\d*/.exec(text.slice(at + 1))?.[0].length ?? 0);
  const digits = Math.min(15, shown + (text.includes('%') ? 2 : 0));
  return Number(value.toFixed(digits));
}

/** The table's rows with numbers rounded as shown (see roundAsShown). */
export function roundedRows(table: ChartTable, locale: string): ChartTable['rows'] {
  return table.rows.map((row, r) =>
    row.map((cell, c) =>
      typeof cell === 'number' ? roundAsShown(cell, table.display?.[r]?.[c], locale) : cell,
    ),
  );
}
