/** A chart's data as a table: shown as the chart's alternative view and exported as CSV. */
export interface ChartTable {
  header: string[];
  rows: (string | number | null)[][];
  /** Display text per cell where it differs from the raw value (formatted numbers). */
  display?: string[][];
}
