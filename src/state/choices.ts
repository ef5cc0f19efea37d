/**
 * The choices made on each analysis screen (grain, window, metric, margin …), kept for the
 * tab per data set: a screen reopens with the choices it was left with, and the Report
 * assembles its blocks with them. Plain values, copied in and out.
 */
const kept = new Map<string, object>();

const keyOf = (screen: string, datasetId: string) => `${screen}|${datasetId}`;

/** The choices last made on `screen` for the data set, or an empty object. */
export function recallChoices<T extends object>(screen: string, datasetId: string): Partial<T> {
  const value = kept.get(keyOf(screen, datasetId));
  return value ? { ...value } : {};
}

/** Keeps the choices made on `screen` for the data set (replacing earlier ones). */
export function rememberChoices<T extends object>(
  screen: string,
  datasetId: string,
  choices: T,
): void {
  kept.set(keyOf(screen, datasetId), { ...choices });
}
