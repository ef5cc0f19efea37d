/**
 * The choices made on each analysis screen (grain, window, metric, margin …), kept for the
 * tab per data set: a screen reopens with the choices it was left with, and the Report
 * assembles its blocks with them. Plain values, in the tab's sessionStorage (so a reload
 * keeps them and another tab starts afresh), or in memory where that is unavailable.
 */
const memory = new Map<string, string>();

const keyOf = (screen: string, datasetId: string) => `tenure.choices.${screen}|${datasetId}`;

function store(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    if (globalThis.sessionStorage) return globalThis.sessionStorage;
  } catch {
    // Storage refused (a sandboxed frame): memory only.
  }
  return {
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
  };
}

/** The choices last made on `screen` for the data set, or an empty object. */
export function recallChoices<T extends object>(screen: string, datasetId: string): Partial<T> {
  try {
    const text = store().getItem(keyOf(screen, datasetId));
    const value: unknown = text === null ? null : JSON.parse(text);
    return value !== null && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

/** Keeps the choices made on `screen` for the data set (replacing earlier ones). */
export function rememberChoices<T extends object>(
  screen: string,
  datasetId: string,
  choices: T,
): void {
  try {
    store().setItem(keyOf(screen, datasetId), JSON.stringify(choices));
  } catch {
    // Full or refused: the choices are simply not kept.
  }
}
