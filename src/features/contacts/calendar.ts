/** Month arithmetic on day numbers (whole UTC days since 1970-01-01). */
const DAY = 86_400_000;

/** First day of the month containing `day`. */
export function monthStart(day: number): number {
  const d = new Date(day * DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY;
}

/** First day of the month `delta` months after the month starting on `month`. */
export function addMonths(month: number, delta: number): number {
  const d = new Date(month * DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + delta, 1) / DAY;
}
